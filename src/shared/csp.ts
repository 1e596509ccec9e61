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
  'Permissions-Policy': 'microphone=(self), camera=(), geolocation=(), usb=(), payment=()',
};

/** Header and fragment names the browser-mode client and server agree on. */
export const TOKEN_HEADER = 'x-studio-token';
export const TOKEN_FRAGMENT_KEY = 'token';
/** The header that names the window or tab making a call (see clientIdOf in the server). */
export const CLIENT_HEADER = 'x-studio-client';

/** A client id is what crypto.randomUUID() makes; anything else is not one. */
export function isClientId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u.test(value);
}
