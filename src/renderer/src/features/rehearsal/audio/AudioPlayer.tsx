import { MediaPlayer, type MediaPlayerProps } from './MediaPlayer';

export type AudioPlayerProps = MediaPlayerProps;

/** A sound recording with its length and a slider to move through it (see MediaPlayer). */
export function AudioPlayer(props: AudioPlayerProps) {
  return <MediaPlayer kind="audio" {...props} />;
}
