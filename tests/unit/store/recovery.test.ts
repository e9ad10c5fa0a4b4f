import Database from 'better-sqlite3';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

async function coreWithBackup() {
  const dir = tempDir();
  const core = await startCore(dir);
  await invoke(core, 'workshop:create', { client: 'Acme', title: 'Before the crash' });
  await core.close();
  // Reopen: an existing database gets its daily backup.
  const again = await startCore(dir);
  await again.close();
  return dir;
}

describe('a damaged database', () => {
  it('opens in recovery with choices instead of failing, and refuses edits', async () => {
    const dir = await coreWithBackup();
    writeFileSync(join(dir, 'triptych.db'), 'this is not a database, it was overwritten by something');
    const core = await startCore(dir);
    const status = core.status();
    expect(status.state).toBe('recovery');
    if (status.state !== 'recovery') return;
    expect(status.problem.kind).toBe('corrupt');
    expect(status.backups.length).toBeGreaterThan(0);
    const edit = await dispatch({ core }, 'workshop:create', { client: 'A', title: 'B' });
    expect(edit).toMatchObject({ ok: false, error: { code: 'db_unavailable' } });
  });

  it('restores the latest backup and keeps the damaged file aside', async () => {
    const dir = await coreWithBackup();
    const garbage = 'garbage garbage garbage garbage';
    writeFileSync(join(dir, 'triptych.db'), garbage);
    const core = await startCore(dir);
    const status = core.status();
    if (status.state !== 'recovery') throw new Error('expected recovery');
    const after = await core.recover({ choice: 'restore-backup', backup: status.backups[0]!.name });
    expect(after.state).toBe('ready');
    const list = await invoke(core, 'workshop:list', {});
    expect(list.map((w) => w.title)).toEqual(['Before the crash']);
    const aside = readdirSync(dir).filter(
      (f) => f.startsWith('triptych.db.set-aside-') && !/-(wal|shm)$/.test(f),
    );
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe(garbage);
    await core.close();
  });

  it('starts fresh without deleting the old file', async () => {
    const dir = await coreWithBackup();
    writeFileSync(join(dir, 'triptych.db'), 'not sqlite');
    const core = await startCore(dir);
    const after = await core.recover({ choice: 'start-fresh' });
    expect(after.state).toBe('ready');
    expect(await invoke(core, 'workshop:list', {})).toEqual([]);
    expect(readdirSync(dir).some((f) => f.startsWith('triptych.db.set-aside-'))).toBe(true);
    await core.close();
  });

  it('refuses a backup name that is not one of its backups', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'triptych.db'), 'not sqlite');
    const core = await startCore(dir);
    const result = await dispatch({ core }, 'app:recover', {
      choice: 'restore-backup',
      backup: '../../etc/passwd',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(readFileSync(join(dir, 'triptych.db'), 'utf8')).toBe('not sqlite');
  });

  it('says the database is newer and changes nothing', async () => {
    const dir = tempDir();
    const raw = new Database(join(dir, 'triptych.db'));
    raw.pragma('user_version = 999');
    raw.close();
    const core = await startCore(dir);
    const status = core.status();
    expect(status.state === 'recovery' && status.problem.kind).toBe('newer_version');
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});

describe('store settings', () => {
  it('opens with WAL, foreign keys and a durable synchronous level', async () => {
    const core = await startCore();
    const db = core.db();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    await core.close();
  });
});
