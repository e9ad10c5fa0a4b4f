import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/ipc/result.js';

/** Participation-only refusal: too many requests from one phone (or join attempts from one address). */
export type RoomErrorCode = ErrorCode | 'rate_limited';

export function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

export function refuse(res: ServerResponse, status: number, code: RoomErrorCode, message: string): void {
  send(res, status, { ok: false, error: { code, message } });
}

/** The body as text, or null when it is bigger than `max` (stops reading at once). */
export async function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > max) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
