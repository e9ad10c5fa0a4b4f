import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { isWholePng } from './png.js';

/**
 * Drawn diagrams kept on disk, in the data folder, by the same key as the memory cache (a hash of
 * SVG and resolution). A job worker keeps its memory cache only while it is kept (worker-pool.ts),
 * so the disk carries a drawing to a new worker and from one app session to the next. Nothing
 * here ever fails a report: a missing, damaged or unreadable file is a miss, and a write that the
 * disk refuses is skipped.
 */
export interface PngFolder {
  dir: string;
  /** False for a library opened for viewing only: its folder is read, never written. */
  writable: boolean;
  /** Total size kept; the least recently used files (by mtime, touched on each hit) go first. */
  limitBytes: number;
}

export const PNG_FOLDER_LIMIT_BYTES = 64 * 1024 * 1024;
/** A temp file this old was left by a crash mid-write. */
const STALE_TEMP_MS = 60 * 60 * 1000;

let folder: PngFolder | null = null;
/** What this thread believes the folder holds; null until it has looked. Others write too, so it is rechecked when over. */
let knownBytes: number | null = null;

/** Where the cache lives in a data folder. */
export function pngFolderIn(dataDir: string): string {
  return join(dataDir, 'cache', 'png');
}

/** The cache of the library in `dataDir`; written only where the library itself may be changed. */
export function pngFolderFor(dataDir: string, writable: boolean): PngFolder {
  return { dir: pngFolderIn(dataDir), writable, limitBytes: PNG_FOLDER_LIMIT_BYTES };
}

/** Turns the disk cache on for this thread (a job's worker, the CLI), or off with null. */
export function usePngFolder(next: PngFolder | null): void {
  folder = next;
  knownBytes = null;
}

const fileOf = (f: PngFolder, key: string) => join(f.dir, `${key}.png`);

/** The kept drawing for `key`, touched so that it counts as recently used; undefined on any miss. */
export async function readKeptPng(key: string): Promise<Buffer | undefined> {
  const f = folder;
  if (!f) return undefined;
  const file = fileOf(f, key);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  // A damaged file is drawn again, and the new drawing replaces it.
  if (!isWholePng(bytes)) return undefined;
  if (f.writable) {
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
  }
  return bytes;
}

/** Keeps a drawing: written under a temporary name, then renamed, so no reader sees half a file. */
export async function keepPng(key: string, png: Buffer): Promise<void> {
  const f = folder;
  if (!f?.writable || png.length > f.limitBytes) return;
  const temp = join(f.dir, `${key}.${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(f.dir, { recursive: true, mode: 0o700 });
    await writeFile(temp, png, { mode: 0o600, flag: 'wx' });
    await rename(temp, fileOf(f, key));
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
    return;
  }
  if (knownBytes !== null) knownBytes += png.length;
  if (knownBytes === null || knownBytes > f.limitBytes) await prune(f).catch(() => undefined);
}

/** Removes the least recently used drawings until the folder is within its limit. */
async function prune(f: PngFolder): Promise<void> {
  const now = Date.now();
  const files = await Promise.all(
    (await readdir(f.dir)).map(async (name) => {
      try {
        const s = await stat(join(f.dir, name));
        return { name, size: s.size, used: s.mtimeMs };
      } catch {
        return null; // removed meanwhile by another job
      }
    }),
  );
  let total = 0;
  const kept: { name: string; size: number; used: number }[] = [];
  for (const file of files) {
    if (!file) continue;
    if (file.name.endsWith('.png')) {
      kept.push(file);
      total += file.size;
    } else if (file.name.endsWith('.tmp') && now - file.used > STALE_TEMP_MS)
      await rm(join(f.dir, file.name), { force: true });
  }
  kept.sort((a, b) => a.used - b.used);
  for (const oldest of kept) {
    if (total <= f.limitBytes) break;
    await rm(join(f.dir, oldest.name), { force: true });
    total -= oldest.size;
  }
  knownBytes = total;
}
