/** The envelope every IPC answer travels in, whichever transport carries it. */

export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'forbidden',
  'not_found',
  'conflict',
  'db_unavailable',
  'db_readonly',
  'db_full',
  'db_busy',
  'file_not_writable',
  'disk_full',
  /** The user cancelled a job; nothing was changed. */
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending field, for invalid_input. */
  path?: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, path?: string): IpcResult<never> {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}
