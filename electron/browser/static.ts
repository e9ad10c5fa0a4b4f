import { readFile, realpath } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** `decodeURIComponent` throws on `%`, `%zz` or a cut UTF-8 sequence; a bad path is simply not found. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
}

/** The real file only if it lies inside the real root: symlinks may not lead out of the renderer. */
async function insideRoot(root: string, file: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    return realFile.startsWith(realRoot + sep) ? realFile : null;
  } catch {
    return null;
  }
}

/** Serves the built renderer; anything outside its folder is a 404. */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  const clean = urlPath === '/' ? '/index.html' : safeDecode(urlPath);
  if (clean === null || clean.includes('\0')) return notFound(res);
  const file = normalize(join(root, clean));
  if (!file.startsWith(root + sep)) return notFound(res);
  const real = await insideRoot(root, file);
  if (real === null) return notFound(res);
  try {
    const body = await readFile(real);
    res.writeHead(200, {
      'content-type': TYPES[extname(real)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    notFound(res);
  }
}
