/**
 * The camera is allowed only on the camera-rehearsal screen. The Electron main process cannot see React state,
 * so that screen marks the page's address with this fragment while it wants the camera (set with
 * history.replaceState, which changes no page and fires no navigation), and removes it when it closes. The
 * permission handler (src/main/electron/guards.ts) grants video only to the app's own page carrying it.
 */
export const CAMERA_SCREEN_FRAGMENT = 'camera-rehearsal';

/** True when the address carries the camera-rehearsal fragment, exactly (not a longer fragment that starts with it). */
export function isCameraScreenUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).hash === `#${CAMERA_SCREEN_FRAGMENT}`;
  } catch {
    return false;
  }
}
