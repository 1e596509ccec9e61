/**
 * The app:// protocol that serves the built renderer (Electron security checklist: no file:// pages).
 * A real origin gives the page a proper CSP, same-origin rules and storage, and file:// privileges stay off
 * (the GrantFileProtocolExtraPrivileges fuse is disabled at packaging time).
 */
import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from '../../shared/csp';
import { readStaticFile } from '../web/static-files';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * Must run before the app is ready. `standard` makes relative URLs and storage work like http, `secure`
 * makes it a secure context (needed for getUserMedia), `supportFetchAPI` lets the page fetch its own assets.
 * No bypassCSP, no corsEnabled: the page stays under its CSP and other origins cannot read from it.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/**
 * Builds the request handler. Only `app://studio/...` is served, only GET/HEAD, and only files inside
 * `rendererDir` (readStaticFile refuses anything that resolves outside it). Every response carries the same
 * CSP and security headers as browser mode.
 */
export function createAppProtocolHandler(rendererDir: string) {
  return async (request: Pick<Request, 'url' | 'method'>): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');

    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return textResponse(404, 'Not found');
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      // Hashed assets never change; index.html must be re-read so an update is picked up.
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers });
  };
}

/** After ready: serve app:// on the default session, which is the one our window uses. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
