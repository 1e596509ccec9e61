import { ActionIcon, Group, Slider, Text } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { formatPlaybackTime, mediaDurationMs } from './playback-time';

export interface AudioPlayerProps {
  src: string;
  /** The take's length as the app measured it: shown (and used for seeking) when the file itself does not say. */
  knownDurationMs: number;
  /** Names the player as a whole, e.g. "Listen to your answer". */
  label: string;
}

/**
 * Plays a recording with its length shown and a slider to move through it. The browser's own controls take the
 * length from the file only, which MediaRecorder leaves out, so they show 0:00 and cannot seek; this one falls
 * back to the length the app measured. The slider works with the keyboard (arrows, Home, End).
 */
export function AudioPlayer({ src, knownDurationMs, label }: AudioPlayerProps) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [positionMs, setPositionMs] = useState(0);
  const [fileDurationMs, setFileDurationMs] = useState<number | null>(null);
  const durationMs = Math.max(fileDurationMs ?? knownDurationMs, positionMs, 0);

  const readDuration = () => setFileDurationMs(mediaDurationMs(audioRef.current?.duration));
  const seek = (ms: number) => {
    const audio = audioRef.current;
    if (audio) audio.currentTime = ms / 1000;
    setPositionMs(ms);
  };
  const toggle = () => {
    const audio = audioRef.current;
    if (!audio) return;
    if (audio.paused) {
      if (audio.ended) seek(0);
      // A refused play (no sound device, autoplay rules) leaves the button as it was; nothing else to do.
      audio.play()?.catch(() => setPlaying(false));
    } else audio.pause();
  };

  return (
    <Group role="group" aria-label={label} gap="sm" wrap="nowrap" data-testid="audio-player">
      <audio
        ref={audioRef}
        src={src}
        preload="metadata"
        onLoadedMetadata={readDuration}
        onDurationChange={readDuration}
        onTimeUpdate={(event) => setPositionMs(event.currentTarget.currentTime * 1000)}
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
      />
      <ActionIcon size="lg" variant="filled" onClick={toggle} aria-label={playing ? 'Pause playback' : 'Play'}>
        {playing ? <IconPlayerPause size={18} aria-hidden /> : <IconPlayerPlay size={18} aria-hidden />}
      </ActionIcon>
      <Slider
        style={{ flex: 1 }}
        min={0}
        max={Math.max(durationMs, 1)}
        step={1000}
        value={Math.min(positionMs, durationMs)}
        onChange={seek}
        label={formatPlaybackTime}
        thumbLabel="Position in the recording"
        thumbValueText={(value) => `${formatPlaybackTime(value)} of ${formatPlaybackTime(durationMs)}`}
      />
      <Text size="sm" data-testid="player-time" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {formatPlaybackTime(positionMs)} / {formatPlaybackTime(durationMs)}
      </Text>
    </Group>
  );
}
