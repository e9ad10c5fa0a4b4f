import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
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

/** SQLite's online backup: a consistent copy while the database stays open. */
export async function createBackup(db: Db, dir: string, reason: string, now = new Date()): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `triptych-${stamp(now)}-${reason}.db`);
  await db.backup(file);
  pruneBackups(dir);
  return file;
}

export function pruneBackups(dir: string, keep = BACKUPS_KEPT): void {
  for (const old of listBackups(dir).slice(keep)) rmSync(join(dir, old.name), { force: true });
}

export function dailyBackupDue(dir: string, now = new Date()): boolean {
  const newest = listBackups(dir)[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}
