import pg from 'pg';
import { AppError } from '../store/errors.js';
import { ensureFirmSchema } from './migrate.js';

/** Where the firm library is; the password travels separately (OS credential store, URL or PGPASSWORD). */
export interface FirmTarget {
  host: string;
  port: number;
  database: string;
  user: string;
}

/** The network must never hold the app: every wait is bounded. */
export const FIRM_TIMEOUTS = { connectMs: 4000, statementMs: 10_000, queryMs: 15_000 } as const;

export function isLoopback(host: string): boolean {
  return (
    host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host) || host.startsWith('/')
  );
}

/** Reads `postgres://user:password@host:port/db`; the password is returned apart, never stored with the rest. */
export function parseFirmUrl(url: string): { target: FirmTarget; password: string | null } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new AppError(
      'invalid_input',
      'The firm library URL is not a URL (postgres://user@host:5432/database).',
    );
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:')
    throw new AppError('invalid_input', 'The firm library URL must start with postgres://.');
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!u.hostname || !database || !u.username)
    throw new AppError('invalid_input', 'The firm library URL needs a user, a host and a database.');
  return {
    target: {
      host: u.hostname,
      port: u.port ? Number(u.port) : 5432,
      database,
      user: decodeURIComponent(u.username),
    },
    password: u.password ? decodeURIComponent(u.password) : null,
  };
}

export function describeTarget(t: FirmTarget): string {
  return `${t.user}@${t.host}:${t.port}/${t.database}`;
}

/** TLS (with a verified certificate) for any host but this machine. */
export function clientConfig(target: FirmTarget, password: string | null): pg.ClientConfig {
  return {
    ...target,
    ...(password !== null ? { password } : {}),
    ssl: isLoopback(target.host) ? false : { rejectUnauthorized: true },
    connectionTimeoutMillis: FIRM_TIMEOUTS.connectMs,
    statement_timeout: FIRM_TIMEOUTS.statementMs,
    query_timeout: FIRM_TIMEOUTS.queryMs,
    application_name: 'triptych',
  };
}

/** A failure reaching or talking to the server (as opposed to a refusal the user must act on). */
export function isNetworkError(err: unknown): boolean {
  if (err instanceof AppError) return false;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const message = err instanceof Error ? err.message : '';
  return (
    /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE)$/.test(code) ||
    code.startsWith('57P') || // admin shutdown, crash shutdown, cannot connect now
    code.startsWith('08') || // connection exceptions
    /timeout|terminated|Connection terminated/i.test(message)
  );
}

export function unreachable(target: FirmTarget, err: unknown): AppError {
  const why = err instanceof Error ? err.message : String(err);
  return new AppError(
    'db_unavailable',
    `The firm library (${describeTarget(target)}) cannot be reached: ${why}`,
  );
}

const checked = new Set<string>();

/**
 * Opens one connection, checks (or brings up to date) the schema once per target, and closes it
 * after `fn` whatever happens. Authentication and permission problems pass through as they are.
 */
export async function withFirm<T>(
  target: FirmTarget,
  password: string | null,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(clientConfig(target, password));
  // A dropped connection emits 'error' on the client; the pending query rejects on its own.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => undefined);
    if (isNetworkError(err)) throw unreachable(target, err);
    throw new AppError(
      'forbidden',
      `The firm library refused the connection: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  try {
    const key = describeTarget(target);
    if (!checked.has(key)) {
      await ensureFirmSchema(client);
      checked.add(key);
    }
    return await fn(client);
  } catch (err) {
    if (isNetworkError(err)) throw unreachable(target, err);
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}
