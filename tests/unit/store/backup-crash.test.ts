import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  backupIsSound,
  createBackup,
  dailyBackupDue,
  listBackups,
} from '../../../electron/core/store/backup.js';
import { openDatabase } from '../../../electron/core/store/database.js';
import { migrate } from '../../../electron/core/store/migrate.js';
import { openStore } from '../../../electron/core/store/open-store.js';
import { closeBeforeQuit } from '../../../electron/main/quit.js';
import { tempDir } from '../../helpers/temp.js';

function bigDatabase() {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'triptych.db'));
  migrate(db);
  db.exec(`CREATE TABLE filler (x BLOB)`);
  const insert = db.prepare(`INSERT INTO filler VALUES (randomblob(4000))`);
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run();
  })();
  return { db, dir };
}

describe('a crash during the daily backup', () => {
  it('never leaves a copy that is offered or counts as the day’s backup while it is being written', async () => {
    const { db, dir } = bigDatabase();
    const backups = join(dir, 'backups');
    const seen: { listed: number; due: boolean; names: string[] }[] = [];
    // At every step of the copy, what would a crash right now leave behind?
    const file = await createBackup(db, backups, 'daily', new Date(), () => {
      seen.push({
        listed: listBackups(backups).length,
        due: dailyBackupDue(backups),
        names: readdirSync(backups),
      });
    });
    expect(seen.length).toBeGreaterThan(1);
    for (const s of seen) {
      expect(s.listed).toBe(0);
      expect(s.due).toBe(true);
      expect(s.names.every((n) => n.endsWith('.partial') || n.endsWith('.partial-journal'))).toBe(true);
    }
    expect(listBackups(backups).map((b) => join(backups, b.name))).toEqual([file]);
    expect(backupIsSound(file)).toBe(true);
    expect(dailyBackupDue(backups)).toBe(false);
    db.close();
  });

  it('prunes what a crash left (partial copies, stale -journal files) when the store opens', async () => {
    const { db, dir } = bigDatabase();
    db.close();
    const backups = join(dir, 'backups');
    const store = await openStore(join(dir, 'triptych.db'), backups);
    await store.dailyBackup;
    writeFileSync(join(backups, 'triptych-20260101T000000000Z-daily.db.partial'), 'half');
    writeFileSync(join(backups, 'triptych-20260101T000000000Z-daily.db-journal'), 'stale');
    writeFileSync(join(backups, 'triptych-20260101T000000000Z-daily.db.partial-journal'), 'stale');
    store.db.close();
    const again = await openStore(join(dir, 'triptych.db'), backups);
    await again.dailyBackup;
    expect(readdirSync(backups).filter((n) => !/^triptych-\d{8}T\d{9}Z-[a-z0-9-]+\.db$/.test(n))).toEqual([]);
    again.db.close();
  });

  it('a truncated copy fails the integrity check and is never renamed into place', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.db'), Buffer.from('SQLite format 3\0' + 'x'.repeat(200)));
    expect(backupIsSound(join(dir, 'bad.db'))).toBe(false);
  });

  it('quit waits for a running backup', async () => {
    let finish!: () => void;
    const closing = new Promise<void>((r) => (finish = r));
    const listeners = new Map<string, (e: { preventDefault(): void }) => void>();
    const app = { on: vi.fn((n: string, fn: never) => listeners.set(n, fn)), quit: vi.fn() };
    closeBeforeQuit(app as never, () => closing);
    const event = { preventDefault: vi.fn() };
    listeners.get('will-quit')!(event);
    listeners.get('will-quit')!(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(2);
    expect(app.quit).not.toHaveBeenCalled();
    finish();
    await closing;
    await new Promise((r) => setTimeout(r, 0));
    expect(app.quit).toHaveBeenCalledTimes(1);
    const last = { preventDefault: vi.fn() };
    listeners.get('will-quit')!(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });
});
