import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  allowPermissionCheck,
  allowPermissionRequest,
  guardWebContents,
  installPermissionHandlers,
  isAllowedExternalUrl,
  isStageViewUrl,
} from './guards';
import { APP_ORIGIN } from './origin';

// guards.ts only needs electron's types; a real import would try to download the binary.
vi.mock('electron', () => ({}));

const origins = [APP_ORIGIN];

class FakeWebContents extends EventEmitter {
  setWindowOpenHandler = vi.fn();
}

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('guardWebContents', () => {
  let contents: FakeWebContents;
  let openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;

  beforeEach(() => {
    contents = new FakeWebContents();
    openExternal = vi.fn(async () => undefined);
    guardWebContents(contents as unknown as WebContents, origins, openExternal);
  });

  it('blocks navigation to a foreign URL', () => {
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/index.html',
      'javascript:alert(1)',
    ]) {
      const event = navigation(url);
      contents.emit('will-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('allows navigation within the app origin', () => {
    const event = navigation('app://studio/index.html#/cohorts');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('opens an allow-listed https link in the system browser instead of navigating', () => {
    const event = navigation('https://www.un.org/en/observances/migrants-day');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://www.un.org/en/observances/migrants-day');
  });

  it('blocks redirects away from the app origin', () => {
    const away = navigation('https://evil.example/');
    contents.emit('will-redirect', away);
    expect(away.preventDefault).toHaveBeenCalled();
    const home = navigation('app://studio/index.html');
    contents.emit('will-redirect', home);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window, opening only allow-listed https URLs externally', () => {
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: { url: string }) => unknown;
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://studio/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(handler({ url: 'https://www.un.org/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.un.org/');
  });

  it('blocks attaching a webview', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('stage view window', () => {
  const stageOptions = { title: 'Stage view', webPreferences: { sandbox: true, contextIsolation: true } };

  function handlerWith(stageWindow?: () => object) {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as WebContents, origins, vi.fn(), stageWindow);
    return contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: { url: string }) => unknown;
  }

  it("opens exactly the app's own stage-view URL, with the given window options", () => {
    const handler = handlerWith(() => stageOptions);
    expect(handler({ url: 'app://studio/index.html?view=stage' })).toEqual({
      action: 'allow',
      overrideBrowserWindowOptions: stageOptions,
    });
  });

  it('still denies every other window, including near misses', () => {
    const handler = handlerWith(() => stageOptions);
    for (const url of [
      'app://studio/index.html',
      'app://studio/index.html?view=stage&x=1',
      'app://studio/index.html?view=stage#token=abc',
      'app://studio/other.html?view=stage',
      'app://other/index.html?view=stage',
      'https://evil.example/index.html?view=stage',
      'http://localhost:5173/?view=stage',
      'about:blank',
    ]) {
      expect(handler({ url }), url).toEqual({ action: 'deny' });
    }
  });

  it("opens the agenda's projector view the same way, and nothing like it", () => {
    const handler = handlerWith(() => stageOptions);
    expect(handler({ url: 'app://studio/index.html?view=agenda-stage' })).toEqual({
      action: 'allow',
      overrideBrowserWindowOptions: stageOptions,
    });
    for (const url of ['app://studio/index.html?view=agenda', 'app://studio/index.html?view=agenda-stage&x=1']) {
      expect(handler({ url }), url).toEqual({ action: 'deny' });
    }
  });

  it('denies the stage view too when no stage window is configured', () => {
    expect(handlerWith()({ url: 'app://studio/index.html?view=stage' })).toEqual({ action: 'deny' });
  });

  it('accepts the dev server origin only when it is trusted', () => {
    expect(isStageViewUrl('http://localhost:5173/?view=stage', [APP_ORIGIN, 'http://localhost:5173'])).toBe(true);
    expect(isStageViewUrl('http://localhost:5173/?view=stage', [APP_ORIGIN])).toBe(false);
    expect(isStageViewUrl('app://user:pw@studio/index.html?view=stage', origins)).toBe(false);
    expect(isStageViewUrl('not a url', origins)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('accepts only https URLs on an allow-listed origin, without credentials', () => {
    expect(isAllowedExternalUrl('https://www.un.org/en')).toBe(true);
    expect(isAllowedExternalUrl('http://www.un.org/en')).toBe(false);
    expect(isAllowedExternalUrl('https://www.un.org.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.un.org@evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@www.un.org/')).toBe(false);
    expect(isAllowedExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
    expect(isAllowedExternalUrl('https://www.un.org/', [])).toBe(false);
  });
});

describe('permission request handler', () => {
  const fromApp = { requestingUrl: 'app://studio/index.html', securityOrigin: 'app://studio/', isMainFrame: true };

  it('allows microphone audio from the app origin', () => {
    expect(allowPermissionRequest('media', { ...fromApp, mediaTypes: ['audio'] }, origins)).toBe(true);
  });

  it('denies video, camera + microphone, and media without types', () => {
    expect(allowPermissionRequest('media', { ...fromApp, mediaTypes: ['video'] }, origins)).toBe(false);
    expect(allowPermissionRequest('media', { ...fromApp, mediaTypes: ['audio', 'video'] }, origins)).toBe(false);
    expect(allowPermissionRequest('media', { ...fromApp, mediaTypes: [] }, origins)).toBe(false);
    expect(allowPermissionRequest('media', { ...fromApp }, origins)).toBe(false);
  });

  it('denies audio from a foreign origin or a sub-frame', () => {
    const foreign = { requestingUrl: 'https://evil.example/', isMainFrame: true, mediaTypes: ['audio'] };
    expect(allowPermissionRequest('media', foreign, origins)).toBe(false);
    const mismatch = { ...fromApp, securityOrigin: 'https://evil.example', mediaTypes: ['audio'] };
    expect(allowPermissionRequest('media', mismatch, origins)).toBe(false);
    expect(allowPermissionRequest('media', { ...fromApp, isMainFrame: false, mediaTypes: ['audio'] }, origins)).toBe(
      false,
    );
  });

  it.each([
    'geolocation',
    'notifications',
    'display-capture',
    'openExternal',
    'clipboard-read',
    'midiSysex',
    'unknown',
  ])('denies %s, even from the app origin', (permission) => {
    expect(allowPermissionRequest(permission, { ...fromApp, mediaTypes: ['audio'] }, origins)).toBe(false);
  });
});

describe('permission check handler', () => {
  const details = { securityOrigin: 'app://studio/', isMainFrame: true };

  it('allows microphone audio from the app origin', () => {
    expect(allowPermissionCheck('media', 'app://studio/', { ...details, mediaType: 'audio' }, origins)).toBe(true);
  });

  it('denies video, unknown media, foreign origins and other permissions', () => {
    expect(allowPermissionCheck('media', 'app://studio', { ...details, mediaType: 'video' }, origins)).toBe(false);
    expect(allowPermissionCheck('media', 'app://studio', { ...details, mediaType: 'unknown' }, origins)).toBe(false);
    expect(
      allowPermissionCheck('media', 'https://evil.example', { isMainFrame: true, mediaType: 'audio' }, origins),
    ).toBe(false);
    expect(allowPermissionCheck('geolocation', 'app://studio', details, origins)).toBe(false);
    expect(allowPermissionCheck('notifications', 'app://studio', details, origins)).toBe(false);
  });
});

describe('installPermissionHandlers', () => {
  it('installs request, check and device handlers on the session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    installPermissionHandlers(session, origins);

    type RequestHandler = (wc: unknown, permission: string, cb: (granted: boolean) => void, details: object) => void;
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler;
    const callback = vi.fn();
    request({}, 'media', callback, { requestingUrl: 'app://studio/', isMainFrame: true, mediaTypes: ['audio'] });
    request({}, 'media', callback, { requestingUrl: 'app://studio/', isMainFrame: true, mediaTypes: ['video'] });
    request({}, 'geolocation', callback, { requestingUrl: 'app://studio/', isMainFrame: true });
    expect(callback.mock.calls).toEqual([[true], [false], [false]]);

    type CheckHandler = (wc: unknown, permission: string, origin: string, details: object) => boolean;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as CheckHandler;
    expect(check(null, 'media', 'app://studio', { isMainFrame: true, mediaType: 'audio' })).toBe(true);
    expect(check(null, 'media', 'https://evil.example', { isMainFrame: true, mediaType: 'audio' })).toBe(false);

    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
  });
});

describe('camera on the camera-rehearsal screen only', () => {
  const fromApp = { requestingUrl: 'app://studio/index.html', securityOrigin: 'app://studio/', isMainFrame: true };
  const cameraPage = 'app://studio/index.html#camera-rehearsal';
  const both = { ...fromApp, mediaTypes: ['audio', 'video'] };

  it('allows camera with microphone (or camera alone) when the window shows the camera-rehearsal screen', () => {
    expect(allowPermissionRequest('media', both, origins, cameraPage)).toBe(true);
    expect(allowPermissionRequest('media', { ...fromApp, mediaTypes: ['video'] }, origins, cameraPage)).toBe(true);
    expect(allowPermissionCheck('media', 'app://studio', { ...fromApp, mediaType: 'video' }, origins, cameraPage)).toBe(
      true,
    );
  });

  it('refuses the camera on any other screen, on a near-miss marker, or on a foreign page wearing the marker', () => {
    for (const page of [
      undefined,
      'app://studio/index.html',
      'app://studio/index.html#camera-rehearsal-x',
      'app://studio/index.html#code=camera-rehearsal',
      'app://studio/index.html?camera-rehearsal',
      'https://evil.example/#camera-rehearsal',
      'not a url',
    ]) {
      expect(allowPermissionRequest('media', both, origins, page), String(page)).toBe(false);
      expect(allowPermissionCheck('media', 'app://studio', { ...fromApp, mediaType: 'video' }, origins, page)).toBe(
        false,
      );
    }
  });

  it('still refuses a sub-frame, a foreign requester and screen capture on the camera screen', () => {
    expect(allowPermissionRequest('media', { ...both, isMainFrame: false }, origins, cameraPage)).toBe(false);
    const foreign = { ...both, requestingUrl: 'https://evil.example/#camera-rehearsal' };
    expect(allowPermissionRequest('media', foreign, origins, cameraPage)).toBe(false);
    expect(allowPermissionRequest('media', { ...fromApp, mediaTypes: ['audio', 'screen'] }, origins, cameraPage)).toBe(
      false,
    );
    expect(allowPermissionRequest('display-capture', both, origins, cameraPage)).toBe(false);
  });

  it('reads the window address when Chromium asks, so leaving the screen takes the camera away', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    installPermissionHandlers(session, origins);
    let address = cameraPage;
    const contents = { getURL: () => address, isDestroyed: () => false };
    type RequestHandler = (wc: unknown, permission: string, cb: (granted: boolean) => void, details: object) => void;
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler;
    type CheckHandler = (wc: unknown, permission: string, origin: string, details: object) => boolean;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as CheckHandler;
    const callback = vi.fn();

    request(contents, 'media', callback, both);
    expect(check(contents, 'media', 'app://studio', { ...fromApp, mediaType: 'video' })).toBe(true);
    address = 'app://studio/index.html';
    request(contents, 'media', callback, both);
    request(contents, 'media', callback, { ...fromApp, mediaTypes: ['audio'] });
    expect(check(contents, 'media', 'app://studio', { ...fromApp, mediaType: 'video' })).toBe(false);
    // A window being torn down: no address, so no camera (the microphone rule does not need one).
    const gone = { getURL: () => cameraPage, isDestroyed: () => true };
    request(gone, 'media', callback, both);
    request(null, 'media', callback, both);
    expect(callback.mock.calls).toEqual([[true], [false], [true], [false], [false]]);
  });
});
