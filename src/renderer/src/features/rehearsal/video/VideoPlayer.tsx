import { MediaPlayer, type MediaPlayerProps } from '../audio/MediaPlayer';

/** A camera take: the picture above the same play button, slider and time as a sound recording has. */
export function VideoPlayer(props: MediaPlayerProps) {
  return <MediaPlayer kind="video" {...props} />;
}
