/**
 * Navigation, new-window, webview and permission policy (Electron security checklist items 4, 5, 12-15).
 * The renderer is our own code, but a bug or a pasted link must never turn the window into a browser for
 * someone else's page, nor give any page location or notifications, nor the camera outside camera rehearsal.
 */
import type { BrowserWindowConstructorOptions, Event, Session, WebContents } from 'electron';
import { isCameraScreenUrl } from '../../shared/camera-screen';
import { isTrustedUrl, originOf } from './origin';

/**
 * Sites the app may open in the user's own browser. Exact https origins only; everything else is dropped.
 * Kept deliberately tiny: the app is offline and links out only to the programme's reference pages.
 */
export const EXTERNAL_ORIGIN_ALLOW_LIST: readonly string[] = ['https://www.un.org'];

export function isAllowedExternalUrl(url: string, allowList: readonly string[] = EXTERNAL_ORIGIN_ALLOW_LIST): boolean {
  try {
    const parsed = new URL(url);
    // No credentials in the URL: "https://www.un.org@evil.example" has the right-looking text but another host.
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
    return allowList.includes(originOf(url) ?? '');
  } catch {
    return false;
  }
}

export type OpenExternal = (url: string) => Promise<void> | void;

/** The projector windows: interview practice's stage view, and the agenda's now / next. */
const PROJECTOR_QUERIES: readonly string[] = ['?view=stage', '?view=agenda-stage'];

/**
 * The only windows the renderer may open: the app's own page with `?view=stage` (the projector view of
 * interview practice) or `?view=agenda-stage` (the agenda's). Exactly that: one of our origins, the entry
 * page, one of those queries and nothing else.
 */
export function isStageViewUrl(url: string, origins: readonly string[]): boolean {
  if (!isTrustedUrl(url, origins)) return false;
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password || parsed.hash) return false;
    if (parsed.pathname !== '/' && parsed.pathname !== '/index.html') return false;
    return PROJECTOR_QUERIES.includes(parsed.search);
  } catch {
    return false;
  }
}

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/**
 * Applied to every webContents the app creates (main.ts hooks `web-contents-created`). Navigation stays on
 * our origins; an allow-listed https link opens in the system browser instead; nothing opens a new window
 * except the stage view, and only when `stageWindow` supplies its (secure) window options.
 */
export function guardWebContents(
  contents: WebContents,
  origins: readonly string[],
  openExternal: OpenExternal,
  stageWindow?: () => BrowserWindowConstructorOptions,
): void {
  const openIfAllowed = (url: string) => {
    if (isAllowedExternalUrl(url)) void Promise.resolve(openExternal(url)).catch(() => undefined);
  };

  contents.on('will-navigate', (event: NavigationEvent) => {
    if (isTrustedUrl(event.url, origins)) return;
    event.preventDefault();
    openIfAllowed(event.url);
  });
  // A redirect is chosen by a server, not the user: never follow it off our origins, never open it outside.
  contents.on('will-redirect', (event: NavigationEvent) => {
    if (!isTrustedUrl(event.url, origins)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (stageWindow && isStageViewUrl(url, origins))
      return { action: 'allow', overrideBrowserWindowOptions: stageWindow() };
    openIfAllowed(url);
    return { action: 'deny' };
  });
  // webviewTag is off already; refusing the attach as well covers any future change of that preference.
  contents.on('will-attach-webview', (event: Event) => event.preventDefault());
}

interface MediaRequestDetails {
  requestingUrl?: string;
  securityOrigin?: string;
  isMainFrame?: boolean;
  mediaTypes?: readonly string[];
}

/**
 * The camera is wanted only while the app's own page shows the camera-rehearsal screen, which marks its address
 * (src/shared/camera-screen.ts). `pageUrl` is the window's current address (webContents.getURL(), which follows
 * history.replaceState), not the address the page was first loaded from.
 */
function cameraWanted(pageUrl: string | undefined, origins: readonly string[]): boolean {
  return isTrustedUrl(pageUrl, origins) && isCameraScreenUrl(pageUrl);
}

/**
 * Microphone (rehearsal recording) for our main frame; camera with it only on the camera-rehearsal screen.
 * Screen capture and everything else are refused.
 */
export function allowPermissionRequest(
  permission: string,
  details: MediaRequestDetails,
  origins: readonly string[],
  pageUrl?: string,
): boolean {
  if (permission !== 'media' || details.isMainFrame !== true) return false;
  const types = details.mediaTypes ?? [];
  if (types.length === 0 || types.some((type) => type !== 'audio' && type !== 'video')) return false;
  if (types.includes('video') && !cameraWanted(pageUrl, origins)) return false;
  if (!isTrustedUrl(details.requestingUrl, origins)) return false;
  return details.securityOrigin === undefined || isTrustedUrl(details.securityOrigin, origins);
}

interface CheckDetails {
  securityOrigin?: string;
  mediaType?: string;
  isMainFrame?: boolean;
}

/** The synchronous "is this already granted?" question Chromium asks before (and instead of) a request. */
export function allowPermissionCheck(
  permission: string,
  requestingOrigin: string,
  details: CheckDetails,
  origins: readonly string[],
  pageUrl?: string,
): boolean {
  if (permission !== 'media' || details.isMainFrame !== true) return false;
  if (details.mediaType !== 'audio' && !(details.mediaType === 'video' && cameraWanted(pageUrl, origins))) return false;
  if (!isTrustedUrl(requestingOrigin, origins)) return false;
  return details.securityOrigin === undefined || isTrustedUrl(details.securityOrigin, origins);
}

/** The window's current address, or undefined when there is none: no window, or one being torn down (which throws). */
function currentUrl(contents: Pick<WebContents, 'getURL' | 'isDestroyed'> | null | undefined): string | undefined {
  try {
    return contents && !contents.isDestroyed() ? contents.getURL() : undefined;
  } catch {
    return undefined;
  }
}

export function installPermissionHandlers(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
  origins: readonly string[],
): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(allowPermissionRequest(permission, details, origins, currentUrl(contents)));
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) =>
    allowPermissionCheck(permission, requestingOrigin, details, origins, currentUrl(contents)),
  );
  // HID, serial and USB devices: never.
  session.setDevicePermissionHandler(() => false);
}
