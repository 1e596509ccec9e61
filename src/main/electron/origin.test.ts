import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isTrustedUrl, originOf, trustedOrigins } from './origin';

describe('originOf', () => {
  it('builds app:// origins by hand (Node reports "null" for non-special schemes)', () => {
    expect(originOf(APP_ENTRY_URL)).toBe('app://studio');
    expect(originOf('app://studio/')).toBe('app://studio');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
  });

  it('returns null for missing or unparseable URLs and host-less schemes', () => {
    expect(originOf(undefined)).toBeNull();
    expect(originOf('')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
  });
});

describe('trustedOrigins', () => {
  it('trusts only the app origin when packaged, even with a dev URL in the environment', () => {
    expect(trustedOrigins({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual([APP_ORIGIN]);
  });

  it('adds a loopback dev server while developing', () => {
    expect(trustedOrigins({ isPackaged: false, devServerUrl: 'http://localhost:5173/' })).toEqual([
      APP_ORIGIN,
      'http://localhost:5173',
    ]);
  });

  it('never trusts a non-loopback dev URL', () => {
    expect(trustedOrigins({ isPackaged: false, devServerUrl: 'https://evil.example' })).toEqual([APP_ORIGIN]);
  });
});

describe('isTrustedUrl', () => {
  const origins = [APP_ORIGIN];
  it('accepts any path on a trusted origin and nothing else', () => {
    expect(isTrustedUrl('app://studio/index.html#/cohorts', origins)).toBe(true);
    expect(isTrustedUrl('app://other/index.html', origins)).toBe(false);
    expect(isTrustedUrl('https://studio/index.html', origins)).toBe(false);
    expect(isTrustedUrl('app://studio.evil.example/', origins)).toBe(false);
    expect(isTrustedUrl(null, origins)).toBe(false);
  });
});
