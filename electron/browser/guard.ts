import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-triptych-token';

/** Only loopback names, on our port: defeats DNS rebinding. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A browser sends Origin on cross-site requests; only our own page may call the API. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type Refusal = { status: number; message: string } | null;

export function checkRequest(req: IncomingMessage, port: number, token: string, isApi: boolean): Refusal {
  if (!hostAllowed(req.headers.host, port)) return { status: 403, message: 'Host not allowed.' };
  if (!originAllowed(req.headers.origin, port)) return { status: 403, message: 'Origin not allowed.' };
  if (isApi && !tokenMatches(req.headers[TOKEN_HEADER], token))
    return { status: 401, message: 'Missing or wrong session token.' };
  return null;
}
