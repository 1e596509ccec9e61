import { useEffect } from 'react';
import { CAMERA_SCREEN_FRAGMENT } from '../../../../../shared/camera-screen';

function replaceFragment(fragment: string): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${fragment ? `#${fragment}` : ''}`);
}

/**
 * Marks the page's address while the camera-rehearsal screen wants the camera, and unmarks it when it stops
 * wanting it or closes: in the desktop app the camera permission is granted only to a marked page
 * (src/shared/camera-screen.ts). replaceState adds no history entry and loads nothing.
 */
export function useCameraScreenMark(wanted: boolean): void {
  useEffect(() => {
    if (!wanted) return undefined;
    replaceFragment(CAMERA_SCREEN_FRAGMENT);
    return () => {
      if (window.location.hash === `#${CAMERA_SCREEN_FRAGMENT}`) replaceFragment('');
    };
  }, [wanted]);
}
