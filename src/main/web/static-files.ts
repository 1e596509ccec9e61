import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** Hashed build assets never change; index.html must always be fetched fresh. */
  immutable: boolean;
}

/**
 * Resolves a URL path inside the built renderer folder. Anything that escapes the folder, or is not a
 * file, is not found. Unknown paths without an extension fall back to index.html (the app is one page).
 */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  const root = resolve(rootDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative =
    decoded === '/' || extname(decoded) === '' ? 'index.html' : normalize(decoded).replace(/^[/\\]+/, '');
  const full = resolve(join(root, relative));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const body = await readFile(full);
    const ext = extname(full).toLowerCase();
    return {
      body,
      contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
      immutable: relative.startsWith(`assets${sep}`) || relative.startsWith('assets/'),
    };
  } catch {
    return null;
  }
}
