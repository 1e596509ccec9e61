import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as devalue from 'devalue';
import { LAUNCH_CODE_FRAGMENT_KEY, SESSION_PATH } from '../../shared/csp';
import { MAX_VIDEO_RECORDING_BYTES } from '../../shared/features/rehearsal/schemas';
import { formatBytes } from '../../shared/limits';
import { fail } from '../../shared/result';
import { dispatch } from '../backend/dispatch';
import type { Endpoints } from '../backend/permissions';
import { BodyNotUtf8, BodyTooLarge, NOT_UTF8_MESSAGE, readBody, send, sendResult } from './http-io';
import { createLaunchCode, handleSessionExchange } from './launch-code';
import { checkApiRequest, checkHost, clientIdOf } from './request-guard';
import { readStaticFile } from './static-files';

/**
 * Largest request body accepted. Camera takes (up to MAX_VIDEO_RECORDING_BYTES, 80 MB) are the biggest payloads;
 * devalue sends bytes as base64 (4 characters for every 3 bytes), and 1 MB more covers the rest of the request.
 */
export const MAX_BODY_BYTES = Math.ceil(MAX_VIDEO_RECORDING_BYTES / 3) * 4 + 1024 * 1024;
const API_PREFIX = '/api/';
/** Every contract channel is `feature:action` in ASCII letters; anything else cannot name one. */
export const CHANNEL_NAME_PATTERN = /^[a-z][A-Za-z]*:[a-z][A-Za-z]*$/u;
export const TOO_LARGE_MESSAGE = `The request is too large (over ${formatBytes(MAX_BODY_BYTES)}); a camera recording may be up to ${formatBytes(MAX_VIDEO_RECORDING_BYTES)}.`;
const UNREADABLE_NAME_MESSAGE = 'The request named no channel the app knows how to read.';

/**
 * The channel named by the path after /api/, or null when it cannot be one: a bad percent-escape (which would
 * make decodeURIComponent throw), escaped bytes that are not UTF-8, or any character no channel name has.
 */
export function channelNameOf(url: string): string | null {
  const encoded = url.slice(API_PREFIX.length).split('?')[0] ?? '';
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  return CHANNEL_NAME_PATTERN.test(name) ? name : null;
}

export interface WebServerOptions {
  handlers: Endpoints;
  rendererDir: string;
  port?: number;
  host?: string;
  token?: string;
}

export interface WebServer {
  /** The address to open: the one-time launch code in the fragment, never the session token. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  opts: { handlers: Endpoints; port: number; token: string },
) {
  const verdict = checkApiRequest(req, opts.port, opts.token);
  if (verdict.status !== 200) {
    sendResult(res, verdict.status, fail('FORBIDDEN', verdict.reason ?? 'Not allowed.'));
    return;
  }
  if (req.method !== 'POST') {
    sendResult(res, 405, fail('VALIDATION', 'Use POST for API calls.'));
    return;
  }
  const channelName = channelNameOf(req.url ?? '');
  if (channelName === null) {
    // The body is never read, so close the connection rather than leave it to be drained.
    res.setHeader('Connection', 'close');
    sendResult(res, 400, fail('UNKNOWN_CHANNEL', UNREADABLE_NAME_MESSAGE));
    return;
  }
  let raw: string;
  try {
    raw = await readBody(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      res.setHeader('Connection', 'close');
      sendResult(res, 413, fail('TOO_LARGE', TOO_LARGE_MESSAGE));
      return;
    }
    if (error instanceof BodyNotUtf8) {
      sendResult(res, 400, fail('VALIDATION', NOT_UTF8_MESSAGE));
      return;
    }
    throw error;
  }
  let input: unknown;
  try {
    input = raw.trim() === '' ? {} : devalue.parse(raw);
  } catch (error) {
    sendResult(res, 400, fail('VALIDATION', `The request body could not be read: ${(error as Error).message}`));
    return;
  }
  sendResult(
    res,
    200,
    await dispatch(opts.handlers, channelName, input, { transport: 'http', clientId: clientIdOf(req) }),
  );
}

/** Browser mode: serves the built renderer and the API on loopback only. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const launch = createLaunchCode();
  let port = options.port ?? 0;

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const respond = async () => {
      if (url.startsWith(API_PREFIX)) return handleApi(req, res, { handlers: options.handlers, port, token });
      if (url.split('?')[0] === SESSION_PATH) return handleSessionExchange(req, res, { port, launch, token });
      if (!checkHost(req, port)) return send(res, 403, 'Forbidden', { 'Content-Type': 'text/plain; charset=utf-8' });
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(res, 405, 'Method not allowed', {
          'Content-Type': 'text/plain; charset=utf-8',
          Allow: 'GET, HEAD',
        });
      }
      const file = await readStaticFile(options.rendererDir, url);
      if (!file) return send(res, 404, 'Not found', { 'Content-Type': 'text/plain; charset=utf-8' });
      send(res, 200, req.method === 'HEAD' ? '' : file.body, {
        'Content-Type': file.contentType,
        'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
      });
    };
    respond().catch((error: unknown) => {
      console.error('[ambassador-studio] request failed', error);
      if (!res.headersSent) sendResult(res, 500, fail('INTERNAL', 'The server could not handle that request.'));
      else res.end();
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${port}`;

  return {
    origin,
    port,
    token,
    url: `${origin}/#${LAUNCH_CODE_FRAGMENT_KEY}=${launch.code}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}
