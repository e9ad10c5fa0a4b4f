import { randomBytes } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { dispatch } from '../core/handlers/dispatch.js';
import type { HandlerContext } from '../core/handlers/types.js';
import { checkRequest } from './guard.js';
import { safeDecode, serveStatic } from './static.js';

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

/** `new URL` throws on `//` and friends; such a request is a 400, not a crash. */
function parseUrl(raw: string | undefined): URL | null {
  const text = raw ?? '/';
  if (!text.startsWith('/') || text.startsWith('//')) return null;
  try {
    return new URL(text, 'http://127.0.0.1');
  } catch {
    return null;
  }
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
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const url = parseUrl(req.url);
    if (url === null)
      return send(res, 400, { ok: false, error: { code: 'invalid_input', message: 'Bad URL.' } });
    const isApi = url.pathname.startsWith('/api/');
    const refusal = checkRequest(req, port, token, isApi);
    if (refusal)
      return send(res, refusal.status, { ok: false, error: { code: 'forbidden', message: refusal.message } });
    if (isApi) {
      const channel = safeDecode(url.pathname.slice('/api/'.length));
      if (channel === null)
        return send(res, 400, { ok: false, error: { code: 'invalid_input', message: 'Bad channel name.' } });
      return handleApi(req, res, channel, opts.ctx);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false });
    return serveStatic(root, url.pathname, res);
  };
  // One guard for every request: whatever a handler throws, the process answers 500 and lives on.
  const server: Server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent)
        send(res, 500, { ok: false, error: { code: 'internal', message: 'Server error.' } });
      else res.destroy();
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
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
