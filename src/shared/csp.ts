/**
 * The renderer's Content-Security-Policy, shared by the Electron app:// protocol and the browser-mode server.
 * Mantine injects <style> tags at run time, hence 'unsafe-inline' for styles only; scripts come from the app alone.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // The page's own origin may ask for the camera (camera rehearsal); the desktop app's permission handler further
  // limits it to that screen (src/main/electron/guards.ts). Frames and other origins get neither.
  'Permissions-Policy': 'microphone=(self), camera=(self), geolocation=(), usb=(), payment=()',
};

/** Header, fragment and path names the browser-mode client and server agree on. */
export const TOKEN_HEADER = 'x-studio-token';
/**
 * The printed address carries a one-time launch code (`#code=…`), never the session token: the page trades it
 * once at SESSION_PATH for the token, so the address (on screen, on the browser's command line) is useless after.
 */
export const LAUNCH_CODE_FRAGMENT_KEY = 'code';
export const SESSION_PATH = '/session';
/** Where a browser-mode page keeps its session token: sessionStorage, so a reload keeps it and a new tab does not. */
export const TOKEN_STORAGE_KEY = 'ambassador-studio.token';
/** The header that names the window or tab making a call (see clientIdOf in the server). */
export const CLIENT_HEADER = 'x-studio-client';

/** A client id is what crypto.randomUUID() makes; anything else is not one. */
export function isClientId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u.test(value);
}
