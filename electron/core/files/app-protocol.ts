import { readRendererFile } from './renderer-files.js';

/**
 * The desktop renderer is served from `app://triptych/`, not `file://`: a standard, secure origin
 * of its own, so `'self'` in the CSP means our bundle and not every file on the disk, and a page
 * cannot reach another file by URL.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'triptych';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The page's URL, with the renderer's hash route when one is given. */
export function appPageUrl(hash?: string): string {
  return hash ? `${APP_INDEX_URL}#${hash}` : APP_INDEX_URL;
}

/** True only for our own page (any hash route); query strings and other hosts are not it. */
export function isAppPageUrl(url: string): boolean {
  return url.split('#')[0] === APP_INDEX_URL;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Answers one `app://` request from the renderer folder: GET or HEAD for our host only, files
 * inside the folder only (no `..`, no symlink out), with their type and the CSP.
 */
export async function appProtocolResponse(
  root: string,
  request: { url: string; method: string },
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
  const found = await readRendererFile(root, url.pathname);
  if (found === null) return plain(404, 'Not found');
  const body = request.method === 'HEAD' ? null : new Uint8Array(found.body);
  return new Response(body, { status: 200, headers: found.headers });
}
