import { isVideoMime } from '../../../../../shared/features/rehearsal/schemas';
import { AudioPlayer } from '../audio/AudioPlayer';
import type { MediaPlayerProps } from '../audio/MediaPlayer';
import { VideoPlayer } from './VideoPlayer';

/** Callers name players for listening ("Listen to your answer"); a camera take is watched. */
export function watchLabel(label: string): string {
  return label.replace(/^Listen to /u, 'Watch ');
}

/** Plays a take's recording: a camera take as video, anything else as sound. */
export function TakePlayer({ mime, label, ...props }: MediaPlayerProps & { mime: string | null | undefined }) {
  return mime && isVideoMime(mime) ? (
    <VideoPlayer {...props} label={watchLabel(label)} />
  ) : (
    <AudioPlayer {...props} label={label} />
  );
}
