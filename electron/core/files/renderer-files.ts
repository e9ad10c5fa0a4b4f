import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/** The built renderer's file kinds; anything else is served as bytes the page cannot run. */
export const RENDERER_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** The page's policy, sent as a header too: a meta tag cannot say `frame-ancestors`. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers for every renderer file, whichever transport serves it (app:// or browser mode). */
export function rendererHeaders(file: string): Record<string, string> {
  return {
    'content-type': RENDERER_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

/** `decodeURIComponent` throws on `%`, `%zz` or a cut UTF-8 sequence; a bad path is simply not found. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The real path of the renderer file a URL path names, or null: undecodable, a NUL byte, `..`
 * leaving the folder, a symlink whose target lies outside it, a folder, or nothing there.
 */
export async function resolveRendererFile(root: string, urlPath: string): Promise<string | null> {
  const decoded = urlPath === '/' || urlPath === '' ? '/index.html' : safeDecode(urlPath);
  if (decoded === null || decoded.includes('\0')) return null;
  const file = normalize(join(root, decoded));
  if (!file.startsWith(normalize(root + sep))) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

/** A resolved renderer file's bytes and headers, or null when it is not one of ours. */
export async function readRendererFile(
  root: string,
  urlPath: string,
): Promise<{ body: Buffer; headers: Record<string, string> } | null> {
  const file = await resolveRendererFile(root, urlPath);
  if (file === null) return null;
  try {
    return { body: await readFile(file), headers: rendererHeaders(file) };
  } catch {
    return null;
  }
}
