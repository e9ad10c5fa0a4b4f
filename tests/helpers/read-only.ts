import { chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Tests run as root on this machine, and root writes through any chmod. */
export const asRoot = process.getuid?.() === 0;

/**
 * Who may not write to a folder `makeReadOnly` prepared: as root, `nobody` (a child process started
 * with these ids); as anyone else, the same user, since the folder is then 0555.
 */
export const READER_IDS: { uid?: number; gid?: number } = asRoot ? { uid: 65534, gid: 65534 } : {};

/**
 * Makes a closed library folder one its reader may not write: as root a folder root owns (0755,
 * database 0644), exactly a folder that belongs to someone else; as another user 0555 and 0444.
 * Either way the operating system refuses the writes, not a flag of Triptych's.
 */
export function makeReadOnly(dataDir: string): void {
  if (asRoot) {
    chmodSync(dataDir, 0o755);
    for (const name of readdirSync(dataDir)) chmodSync(join(dataDir, name), 0o755);
    chmodSync(join(dataDir, 'triptych.db'), 0o644);
  } else {
    chmodSync(join(dataDir, 'triptych.db'), 0o444);
    chmodSync(dataDir, 0o555);
  }
}

/** Lets the test remove the folder again (root needs nothing undone). */
export function makeWritable(dataDir: string): void {
  if (!asRoot) chmodSync(dataDir, 0o755);
}
