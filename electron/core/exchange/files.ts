import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../../shared/exchange/limits.js';
import type { ExportResult } from '../../../shared/ipc/exchange.channels.js';
import { fileError } from '../report/write-file.js';
import { AppError } from '../store/errors.js';

/**
 * Writes a whole file or nothing: a temporary file beside the target, flushed, then renamed over
 * it, so a crash or full disk never leaves a half-written export.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o600);
  } catch (err) {
    throw fileError(err, path, 'export');
  }
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    // Named by its destination: the temporary file's name means nothing to the user.
    throw fileError(err, path, 'export');
  }
}

/**
 * A destination the renderer asked for: absolute and with the expected extension, so a call
 * can only ever produce an export file, never overwrite something else.
 */
export function checkDestination(path: string, extensions: readonly string[]): string {
  if (!isAbsolute(path))
    throw new AppError('invalid_input', 'The destination must be a full path.', 'destination');
  if (!extensions.includes(extname(path).toLowerCase()))
    throw new AppError(
      'invalid_input',
      `The destination must end with ${extensions.join(' or ')}.`,
      'destination',
    );
  return path;
}

/** Reads a file to import, refusing one over the limit before reading it. */
export function readImportFile(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new AppError('invalid_input', `${path} is not a file.`, 'path');
    size = stat.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('not_found', `Cannot read ${path}: ${(err as Error).message}`, 'path');
  }
  if (size > MAX_IMPORT_BYTES) throw new AppError('invalid_input', tooLargeMessage(size), 'path');
  return readFileSync(path);
}

/** Writes the export where asked, or hands the text back for a browser download. */
export function deliver(
  content: string,
  fileName: string,
  destination: string | undefined,
  extensions: readonly string[],
): ExportResult {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (destination === undefined) return { fileName, bytes, path: null, content };
  writeFileAtomic(checkDestination(destination, extensions), content);
  return { fileName, bytes, path: destination, content: null };
}
