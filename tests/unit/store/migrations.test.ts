import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/database.js';
import { NewerDatabaseError } from '../../../electron/core/store/errors.js';
import {
  checkRegistry,
  latestVersion,
  migrate,
  schemaVersion,
} from '../../../electron/core/store/migrate.js';
import type { Migration } from '../../../electron/core/store/migration.js';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.js';
import { openStore } from '../../../electron/core/store/open-store.js';
import { listBackups } from '../../../electron/core/store/backup.js';
import { tempDir } from '../../helpers/temp.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const tables = (db: Database.Database) =>
  db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];

/** Rows a user could have had at version 1, before any later migration existed. */
function seedV1(db: Database.Database) {
  db.prepare(`INSERT INTO engagements VALUES ('e1', 'Acme', '', 'active', '2026-01-01', '2026-01-01')`).run();
  db.prepare(
    `INSERT INTO workshops (id, engagement_id, title, created_at, updated_at)
     VALUES ('w1', 'e1', 'Application deployment', '2026-01-01', '2026-01-01')`,
  ).run();
}

function seedV2(db: Database.Database) {
  db.exec(`INSERT INTO processes (id, workshop_id, name) VALUES ('p1', 'w1', 'Deploy');
    INSERT INTO maps (id, process_id, state) VALUES ('m1', 'p1', 'current');
    INSERT INTO lanes (id, map_id, name, position) VALUES ('l1', 'm1', 'Infrastructure', 0);
    INSERT INTO steps (id, map_id, lane_id, position, title, tools) VALUES ('s1', 'm1', 'l1', 0, 'Rack the server', '["Remedy"]');
    INSERT INTO pain_points (id, step_id, text, position) VALUES ('pp1', 's1', 'Takes six weeks', 0);`);
}

function seedV3(db: Database.Database) {
  db.exec(`INSERT INTO findings (id, workshop_id, title, category, position, created_at)
    VALUES ('f1', 'w1', 'Hardware form still used', 'process', 0, '2026-01-01');`);
}

const SEEDS: Record<number, (db: Database.Database) => void> = { 1: seedV1, 2: seedV2, 3: seedV3 };

describe('migrations', () => {
  it('has a registry in strictly increasing order', () => {
    expect(() => checkRegistry(MIGRATIONS)).not.toThrow();
    const bad: Migration[] = [MIGRATIONS[1]!, MIGRATIONS[0]!];
    expect(() => checkRegistry(bad)).toThrow(/not above/);
  });

  it('brings an empty file to the latest version with the whole schema', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    expect(migrate(db)).toBe(latestVersion());
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'engagements',
        'workshops',
        'attendees',
        'processes',
        'maps',
        'lanes',
        'steps',
      ]),
    );
    expect(tables(db)).toEqual(
      expect.arrayContaining(['findings', 'actions', 'votes', 'agenda_items', 'search_index']),
    );
    db.close();
  });

  // Migrate to N-1 with real rows from every earlier version, then to the latest, and check the rows.
  for (const { version: from } of MIGRATIONS.slice(0, -1)) {
    it(`upgrades a version-${from} database with its data`, () => {
      const db = openDatabase(join(tempDir(), 'x.db'));
      for (const { version: v } of MIGRATIONS.filter((m) => m.version <= from)) {
        migrate(db, MIGRATIONS, v);
        SEEDS[v]?.(db);
      }
      expect(schemaVersion(db)).toBe(from);
      migrate(db);
      expect(schemaVersion(db)).toBe(latestVersion());
      expect(db.prepare(`SELECT title FROM workshops WHERE id = 'w1'`).pluck().get()).toBe(
        'Application deployment',
      );
      if (from >= 2) expect(db.prepare(`SELECT count(*) FROM pain_points`).pluck().get()).toBe(1);
      // Search indexes rows that existed before the search migration.
      const hits = db
        .prepare(`SELECT entity FROM search_index WHERE search_index MATCH 'application' ORDER BY entity`)
        .pluck()
        .all();
      expect(hits).toContain('workshop');
      if (from >= 2)
        expect(
          db.prepare(`SELECT entity FROM search_index WHERE search_index MATCH 'remedy'`).pluck().get(),
        ).toBe('step');
      db.close();
    });
  }

  it('runs pending migrations all-or-nothing', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    const broken: Migration = {
      version: latestVersion() + 1,
      name: 'broken',
      up: (d) => d.exec('CREATE TABLE half_done (x); SELECT * FROM no_such_table;'),
    };
    migrate(db, MIGRATIONS, 1);
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('half_done');
    expect(tables(db)).not.toContain('steps');
    db.close();
  });

  it('refuses a database from a newer version and leaves the file untouched', async () => {
    const dir = tempDir();
    const file = join(dir, 'triptych.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future_thing (x)');
    raw.pragma(`user_version = ${latestVersion() + 5}`);
    raw.close();
    const before = sha(file);
    await expect(openStore(file, join(dir, 'backups'))).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(openStore(file, join(dir, 'backups'))).rejects.toThrow(/newer version of Triptych/);
    expect(sha(file)).toBe(before);
  });

  it('backs up a database that holds data before upgrading it', async () => {
    const dir = tempDir();
    const file = join(dir, 'triptych.db');
    const db = openDatabase(file);
    migrate(db, MIGRATIONS, 1);
    seedV1(db);
    db.close();
    const store = await openStore(file, join(dir, 'backups'));
    await store.dailyBackup;
    store.db.close();
    const backup = listBackups(join(dir, 'backups')).find((b) => b.name.includes('before-v1-upgrade'));
    expect(backup).toBeDefined();
    const copy = new Database(join(dir, 'backups', backup!.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT count(*) FROM workshops').pluck().get()).toBe(1);
    copy.close();
  });
});
