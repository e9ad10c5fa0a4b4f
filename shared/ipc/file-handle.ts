import { z } from 'zod';

/**
 * An opaque token for a file the user chose in main's open or save dialog (or named on the CLI).
 * Paths never cross IPC or HTTP: a channel that reads or writes a file takes one of these, and
 * main alone knows which path it stands for. Browser mode has no dialog, so it sends bytes instead.
 */
export const fileHandle = z
  .string()
  .regex(/^fh_[A-Za-z0-9_-]{24}$/, { message: 'must be a file chosen in the open or save dialog' });
