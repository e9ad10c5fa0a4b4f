import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, access, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../store/errors.js';

function errno(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
}

/** A file-system failure as a sentence a consultant can act on. */
export function fileError(err: unknown, dest: string, what = 'report'): AppError {
  const dir = dirname(dest);
  switch (errno(err)) {
    case 'EACCES':
    case 'EPERM':
      return new AppError(
        'file_not_writable',
        `The ${what} could not be saved in ${dir}: you may not have permission to save there, or ${basename(dest)} is open in another program. Close it or choose another folder, then try again.`,
      );
    case 'EBUSY':
      return new AppError(
        'file_not_writable',
        `${basename(dest)} is open in another program (Word?). Close it and try again, or save under another name.`,
      );
    case 'EROFS':
      return new AppError(
        'file_not_writable',
        `${dir} is read-only (a locked drive or a read-only share). Choose another folder and try again.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError(
        'disk_full',
        `The disk is full: the ${what} was not saved. Free some space or choose another drive, then try again.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError(
        'not_found',
        `The folder ${dir} does not exist. Choose an existing folder.`,
        'destination',
      );
    case 'EISDIR':
      return new AppError('invalid_input', `${dest} is a folder: give a file name.`, 'destination');
    default:
      return new AppError(
        'internal',
        `The ${what} could not be saved: ${err instanceof Error ? err.message : String(err)}`,
      );
  }
}

/**
 * Writes the whole file beside its destination, flushes it to disk, then renames it into place:
 * the destination is either the old file or the complete new one, and no temporary file is left.
 */
export async function writeFileAtomically(dest: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dirname(dest), `.${basename(dest)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, dest);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw fileError(err, dest);
  }
}

/** Fails early (before the report is drawn) when the folder is missing or closed, or the name is a folder. */
export async function checkDestinationFolder(dest: string): Promise<void> {
  try {
    await access(dirname(dest), constants.W_OK);
    const existing = await stat(dest).catch(() => null);
    if (existing?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  } catch (err) {
    throw fileError(err, dest);
  }
}
