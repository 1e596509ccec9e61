import { ActionIcon, Group, Slider, Stack, Text } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useRef, useState, type SyntheticEvent } from 'react';
import { formatPlaybackTime, mediaDurationMs } from './playback-time';

export interface MediaPlayerProps {
  src: string;
  /** The take's length as the app measured it: shown (and used for seeking) when the file itself does not say. */
  knownDurationMs: number;
  /** Names the player as a whole, e.g. "Listen to your answer". */
  label: string;
}

/**
 * Plays a recording, sound or camera, with its length shown and a slider to move through it. The browser's own
 * controls take the length from the file only, which MediaRecorder leaves out, so they show 0:00 and cannot
 * seek; this one falls back to the length the app measured. The slider works with the keyboard (arrows, Home, End).
 */
export function MediaPlayer({ src, knownDurationMs, label, kind }: MediaPlayerProps & { kind: 'audio' | 'video' }) {
  const mediaRef = useRef<HTMLMediaElement | null>(null);
  const [playing, setPlaying] = useState(false);
  const [positionMs, setPositionMs] = useState(0);
  const [fileDurationMs, setFileDurationMs] = useState<number | null>(null);
  const durationMs = Math.max(fileDurationMs ?? knownDurationMs, positionMs, 0);

  const readDuration = () => setFileDurationMs(mediaDurationMs(mediaRef.current?.duration));
  const seek = (ms: number) => {
    const media = mediaRef.current;
    if (media) media.currentTime = ms / 1000;
    setPositionMs(ms);
  };
  const toggle = () => {
    const media = mediaRef.current;
    if (!media) return;
    if (media.paused) {
      if (media.ended) seek(0);
      // A refused play (no sound device, autoplay rules) leaves the button as it was; nothing else to do.
      media.play()?.catch(() => setPlaying(false));
    } else media.pause();
  };

  const mediaProps = {
    ref: (element: HTMLMediaElement | null) => {
      mediaRef.current = element;
    },
    src,
    preload: 'metadata',
    onLoadedMetadata: readDuration,
    onDurationChange: readDuration,
    onTimeUpdate: (event: SyntheticEvent<HTMLMediaElement>) => setPositionMs(event.currentTarget.currentTime * 1000),
    onPlay: () => setPlaying(true),
    onPause: () => setPlaying(false),
    onEnded: () => setPlaying(false),
  };

  const controls = (
    <>
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
    </>
  );

  if (kind === 'audio') {
    return (
      <Group role="group" aria-label={label} gap="sm" wrap="nowrap" data-testid="audio-player">
        <audio {...mediaProps} />
        {controls}
      </Group>
    );
  }
  return (
    <Stack role="group" aria-label={label} gap="xs" data-testid="video-player" maw={640}>
      {/* Shown as others would see it (not mirrored, unlike the self-view). The sound is the speaker's own
          voice, already measured; a person who cannot hear it has the measures beside it. */}
      <video
        {...mediaProps}
        playsInline
        onClick={toggle}
        style={{ width: '100%', aspectRatio: '16 / 9', background: 'black', borderRadius: 8, display: 'block' }}
      />
      <Group gap="sm" wrap="nowrap">
        {controls}
      </Group>
    </Stack>
  );
}
