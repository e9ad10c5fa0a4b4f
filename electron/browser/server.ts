import { randomBytes } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { dispatch } from '../core/handlers/dispatch.js';
import type { HandlerContext } from '../core/handlers/types.js';
import { checkRequest } from './guard.js';
import { serveStatic } from './static.js';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string, ctx: HandlerContext) {
  if (req.method !== 'POST')
    return send(res, 405, { ok: false, error: { code: 'forbidden', message: 'Use POST.' } });
  const text = await readBody(req);
  if (text === null)
    return send(res, 413, {
      ok: false,
      error: { code: 'invalid_input', message: 'The request is too large.' },
    });
  let payload: unknown;
  try {
    payload = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    return send(res, 400, {
      ok: false,
      error: { code: 'invalid_input', message: 'The request is not valid JSON.' },
    });
  }
  send(res, 200, await dispatch(ctx, channel, payload));
}

/** Browser mode: the built renderer and the same handlers, on loopback only. */
export function startBrowserServer(opts: {
  ctx: HandlerContext;
  rendererDir: string;
  port?: number;
  token?: string;
}): Promise<BrowserServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const root = resolve(opts.rendererDir);
  let port = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');
    const refusal = checkRequest(req, port, token, isApi);
    if (refusal)
      return send(res, refusal.status, { ok: false, error: { code: 'forbidden', message: refusal.message } });
    if (isApi) {
      handleApi(req, res, decodeURIComponent(url.pathname.slice('/api/'.length)), opts.ctx).catch(
        (err: unknown) => {
          console.error(err);
          if (!res.headersSent)
            send(res, 500, { ok: false, error: { code: 'internal', message: 'Server error.' } });
        },
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false });
    void serveStatic(root, url.pathname, res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            // Browsers keep connections alive; without this, close() waits for them forever.
            server.closeAllConnections();
          }),
      });
    });
  });
}
