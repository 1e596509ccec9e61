/**
 * Where the renderer is allowed to come from. Everything that decides trust (navigation, permissions, IPC
 * senders) compares origins through these helpers, so there is one definition of "our page".
 *
 * No electron import: this is pure string logic and is tested directly.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
/** Chromium treats app:// as a standard scheme (see protocol.ts), so its pages have this origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it cannot be parsed. Node's URL returns "null" as the origin
 * of non-special schemes such as app://, so it is built by hand. Chromium sometimes reports origins with a
 * trailing slash ("app://studio/"); parsing makes both spellings compare equal.
 */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (!parsed.host) return null;
    return `${parsed.protocol}//${parsed.host}`.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The origins our windows may load: the app protocol always, plus the electron-vite dev server while
 * developing. A packaged app never trusts the dev URL, even if the variable is set in its environment.
 */
export function trustedOrigins(options: { devServerUrl?: string | undefined; isPackaged: boolean }): string[] {
  const origins = [APP_ORIGIN];
  if (!options.isPackaged) {
    const dev = originOf(options.devServerUrl);
    if (dev && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(dev)) origins.push(dev);
  }
  return origins;
}

export function isTrustedUrl(url: string | undefined | null, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
