import { useEffect, useRef } from 'react';

/**
 * The camera's live picture while answering: muted (the speaker hears themselves already, and feedback would
 * whistle) and mirrored, as people expect to see themselves. The recording itself is not mirrored.
 */
export function SelfView({ stream }: { stream: MediaStream }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = videoRef.current;
    if (!video) return undefined;
    video.srcObject = stream;
    return () => {
      video.srcObject = null;
    };
  }, [stream]);
  return (
    <video
      ref={videoRef}
      muted
      autoPlay
      playsInline
      aria-label="Your camera, shown as a mirror"
      data-testid="self-view"
      style={{
        width: '100%',
        aspectRatio: '16 / 9',
        objectFit: 'cover',
        transform: 'scaleX(-1)',
        background: 'black',
        borderRadius: 8,
        display: 'block',
      }}
    />
  );
}
