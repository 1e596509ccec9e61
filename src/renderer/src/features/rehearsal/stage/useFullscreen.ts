import { useCallback, useEffect, useState } from 'react';

/**
 * Full screen for the stage window with the Fullscreen API. A browser only grants it from a key press or click
 * in this window itself, which is why the laptop cannot do it for the projector: F or the button here does.
 */
export function useFullscreen(): { active: boolean; supported: boolean; toggle(): void } {
  const [active, setActive] = useState(() => Boolean(document.fullscreenElement));
  const supported = typeof document.documentElement.requestFullscreen === 'function';

  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggle = useCallback(() => {
    // A refusal (no user gesture, a policy) leaves the window as it was; there is nothing to tell the room.
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen?.();
    void request?.catch(() => undefined);
  }, []);

  return { active, supported, toggle };
}
