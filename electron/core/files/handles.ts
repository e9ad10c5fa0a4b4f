import { randomBytes } from 'node:crypto';
import { extname } from 'node:path';
import { AppError } from '../store/errors.js';

export type FileUse = 'read' | 'write';

interface Entry {
  path: string;
  use: FileUse;
  expires: number;
}

/** Long enough to preview, map and import; a handle is useless to anyone after that. */
export const HANDLE_TTL_MS = 30 * 60 * 1000;
const MAX_HANDLES = 200;
const handles = new Map<string, Entry>();

/**
 * Issued by main only, for a path the user chose (open/save dialog, or typed on the CLI). Each
 * handle is for reading or for writing, never both.
 */
export function issueFileHandle(path: string, use: FileUse, now = Date.now()): string {
  for (const [key, entry] of handles) if (entry.expires <= now) handles.delete(key);
  if (handles.size >= MAX_HANDLES) handles.delete(handles.keys().next().value!);
  const handle = `fh_${randomBytes(18).toString('base64url')}`;
  handles.set(handle, { path, use, expires: now + HANDLE_TTL_MS });
  return handle;
}

/**
 * The path a handle stands for, if main issued it for this use and the file has an expected
 * extension. A write handle is spent by its write: the user chose that file once.
 */
export function pathOfHandle(
  handle: string,
  use: FileUse,
  extensions: readonly string[],
  field = 'file',
  now = Date.now(),
): string {
  const entry = handles.get(handle);
  if (!entry || entry.expires <= now || entry.use !== use)
    throw new AppError(
      'invalid_input',
      use === 'read'
        ? 'Choose the file to import again: this choice is unknown or has expired.'
        : 'Choose where to save again: this choice is unknown or has expired.',
      field,
    );
  if (!extensions.includes(extname(entry.path).toLowerCase()))
    throw new AppError('invalid_input', `The file must end with ${extensions.join(' or ')}.`, field);
  if (use === 'write') handles.delete(handle);
  return entry.path;
}

/** An import's input with its handle swapped for the path, as the core functions (and CLI) take it. */
export function readFrom<T extends { file?: string | undefined }>(
  input: T,
  extensions: readonly string[],
): Omit<T, 'file'> & { path?: string } {
  const { file, ...rest } = input;
  return file === undefined ? rest : { ...rest, path: pathOfHandle(file, 'read', extensions) };
}

/** An export's input with its handle swapped for the destination path; none means "hand it back". */
export function writeTo<T extends { file?: string | undefined }>(
  input: T,
  extensions: readonly string[],
): Omit<T, 'file'> & { destination?: string } {
  const { file, ...rest } = input;
  return file === undefined ? rest : { ...rest, destination: pathOfHandle(file, 'write', extensions) };
}
