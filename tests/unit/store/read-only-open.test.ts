import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/database.js';
import { NewerDatabaseError } from '../../../electron/core/store/errors.js';
import { latestVersion, migrate, schemaVersion } from '../../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.js';
import { isReadOnlyError, openReadOnly, storeWritable } from '../../../electron/core/store/read-only.js';
import { tempDir } from '../../helpers/temp.js';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function database(version = latestVersion()) {
  const file = join(tempDir(), 'triptych.db');
  const db = openDatabase(file);
  migrate(db, MIGRATIONS, version);
  db.prepare(
    `INSERT INTO engagements (id, client, name, created_at, updated_at) VALUES ('e1', 'Contoso', 'E', 'x', 'x')`,
  ).run();
  db.close();
  return file;
}

describe('opening a library read-only', () => {
  it('reads it and refuses every write with SQLITE_READONLY, leaving the file as it was', () => {
    const file = database();
    const before = digest(file);
    const db = openReadOnly(file);
    expect(db.prepare(`SELECT client FROM engagements`).pluck().get()).toBe('Contoso');
    let caught: unknown;
    try {
      db.prepare(`UPDATE engagements SET client = 'Changed'`).run();
    } catch (err) {
      caught = err;
    }
    expect(isReadOnlyError(caught)).toBe(true);
    db.close();
    expect(digest(file)).toBe(before);
  });

  it('an older schema is migrated in a copy in memory, never on disk', () => {
    const file = database(11);
    const before = digest(file);
    const db = openReadOnly(file);
    expect(schemaVersion(db)).toBe(latestVersion());
    expect(db.prepare(`SELECT client FROM engagements`).pluck().get()).toBe('Contoso');
    expect(() => db.prepare(`DELETE FROM engagements`).run()).toThrow(/readonly/);
    db.close();
    expect(digest(file)).toBe(before);
  });

  it('refuses a zero-length file and a newer schema as the read-write open does', () => {
    const empty = join(tempDir(), 'triptych.db');
    writeFileSync(empty, '');
    expect(() => openReadOnly(empty)).toThrow(expect.objectContaining({ code: 'TRIPTYCH_EMPTY' }));
    const newer = database();
    const db = openDatabase(newer);
    db.pragma(`user_version = ${latestVersion() + 1}`);
    db.close();
    expect(() => openReadOnly(newer)).toThrow(NewerDatabaseError);
  });

  it('counts permission and read-only-disk codes as read-only, and a writable folder as writable', () => {
    for (const code of ['SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'EACCES', 'EPERM', 'EROFS'])
      expect(isReadOnlyError(Object.assign(new Error(code), { code }))).toBe(true);
    expect(isReadOnlyError(Object.assign(new Error('x'), { code: 'SQLITE_BUSY' }))).toBe(false);
    expect(storeWritable(join(tempDir(), 'triptych.db'))).toBe(true);
    expect(storeWritable(join(tempDir(), 'missing', 'triptych.db'))).toBe(false);
  });
});
