import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/database.js';
import { migrate, schemaVersion } from '../../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.js';
import { tempDir } from '../../helpers/temp.js';

function seedV7(db: Database.Database) {
  db.exec(`INSERT INTO engagements VALUES ('e1', 'Acme', '', 'active', '2026-01-01', '2026-01-01');
    INSERT INTO workshops (id, engagement_id, title, created_at, updated_at)
      VALUES ('w1', 'e1', 'Application deployment', '2026-01-01', '2026-01-01');
    INSERT INTO processes (id, workshop_id, name) VALUES ('p1', 'w1', 'Deploy');
    INSERT INTO findings (id, workshop_id, title, category, position, created_at)
      VALUES ('f1', 'w1', 'Hardware form still used', 'process', 0, '2026-01-01');`);
}

describe('migration 0009: report options and summaries', () => {
  it('adds the tables to a version-7 database and keeps its rows', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    migrate(db, MIGRATIONS, 7);
    seedV7(db);
    migrate(db, MIGRATIONS, 9);
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare(`SELECT title FROM findings WHERE id = 'f1'`).pluck().get()).toBe(
      'Hardware form still used',
    );

    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    db.prepare(
      `INSERT INTO report_options (workshop_id, options, logo, logo_type, updated_at) VALUES ('w1', ?, ?, 'image/png', 'now')`,
    ).run(JSON.stringify({ paper: 'letter' }), png);
    db.prepare(
      `INSERT INTO report_summaries (workshop_id, text, updated_at) VALUES ('w1', 'Edited.', 'now')`,
    ).run();
    const row = db.prepare(`SELECT options, logo, logo_type FROM report_options`).get() as {
      options: string;
      logo: Buffer;
      logo_type: string;
    };
    expect(JSON.parse(row.options)).toEqual({ paper: 'letter' });
    expect(row.logo.equals(png)).toBe(true);

    // One row per workshop, valid JSON, a logo always with its type, and gone with its workshop.
    const insert = (options: string, logo: Buffer | null, type: string | null) =>
      db
        .prepare(
          `INSERT OR REPLACE INTO report_options (workshop_id, options, logo, logo_type, updated_at) VALUES ('w1', ?, ?, ?, 'now')`,
        )
        .run(options, logo, type);
    expect(() => insert('{not json', null, null)).toThrow(/CHECK/);
    expect(() => insert('{}', png, null)).toThrow(/CHECK/);
    expect(() => insert('{}', png, 'image/gif')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(`INSERT INTO report_summaries (workshop_id, text, updated_at) VALUES ('nope', 'x', 'now')`)
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM workshops WHERE id = 'w1'`).run();
    expect(db.prepare(`SELECT count(*) FROM report_options`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM report_summaries`).pluck().get()).toBe(0);
    db.close();
  });
});
