import Database from 'better-sqlite3';
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/ipc/app.channels.js';
import type { Db } from './database.js';

export const BACKUPS_KEPT = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = /^triptych-(\d{8}T\d{6}\d{3}Z)-([a-z0-9-]+)\.db$/;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(s: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s);
  if (!m) return new Date(0);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!));
}

export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const m = NAME.exec(name);
      if (!m) return [];
      return [{ name, createdAt: parseStamp(m[1]!).toISOString(), bytes: statSync(join(dir, name)).size }];
    })
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

/** A backup in progress has a name no listing matches: a crash leaves nothing that is offered. */
const PARTIAL = /\.partial(-journal|-wal|-shm)?$|\.db-journal$/;
const running = new Set<Promise<unknown>>();

/** Resolves when every backup under way has finished (quit waits for this). */
export async function backupsSettled(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}

/** True when the file opens as a database and passes `PRAGMA quick_check`. */
export function backupIsSound(file: string): boolean {
  try {
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return copy.pragma('quick_check(1)', { simple: true }) === 'ok';
    } finally {
      copy.close();
    }
  } catch {
    return false;
  }
}

/**
 * SQLite's online backup: a consistent copy while the database stays open, written under a
 * temporary name, checked with `quick_check`, then renamed to its final name, so only a complete
 * and sound copy is ever listed, offered for restore, or counted as the day's backup.
 */
export function createBackup(
  db: Db,
  dir: string,
  reason: string,
  now = new Date(),
  progress?: () => void,
): Promise<string> {
  const task = (async () => {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const name = `triptych-${stamp(now)}-${reason}.db`;
    const temp = join(dir, `${name}.partial`);
    try {
      await db.backup(temp, progress ? { progress: () => (progress(), 100) } : undefined);
      const sound = backupIsSound(temp);
      // Opening the copy to check it leaves empty -wal/-shm files beside it.
      for (const ext of ['-wal', '-shm']) rmSync(temp + ext, { force: true });
      if (!sound) throw new Error(`The backup ${name} failed its integrity check.`);
      chmodSync(temp, 0o600);
      renameSync(temp, join(dir, name));
    } catch (err) {
      rmSync(temp, { force: true });
      throw err;
    }
    pruneBackups(dir);
    return join(dir, name);
  })();
  running.add(task);
  void task.finally(() => running.delete(task)).catch(() => undefined);
  return task;
}

/** What a crash during a backup leaves: temporary copies and their journals. Run when none is under way. */
export function pruneStaleFiles(dir: string): void {
  if (running.size > 0) return;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (PARTIAL.test(name)) rmSync(join(dir, name), { force: true });
}

export function pruneBackups(dir: string, keep = BACKUPS_KEPT): void {
  for (const old of listBackups(dir).slice(keep)) rmSync(join(dir, old.name), { force: true });
}

export function dailyBackupDue(dir: string, now = new Date()): boolean {
  const newest = listBackups(dir)[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}
