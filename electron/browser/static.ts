import type { ServerResponse } from 'node:http';
import { readRendererFile } from '../core/files/renderer-files.js';

export { safeDecode } from '../core/files/renderer-files.js';

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
}

/** Serves the built renderer; anything outside its folder (by `..` or by symlink) is a 404. */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  const found = await readRendererFile(root, urlPath);
  if (found === null) return notFound(res);
  res.writeHead(200, found.headers);
  res.end(found.body);
}
