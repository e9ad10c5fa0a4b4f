import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/database.js';
import { migrate } from '../../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.js';
import { tempDir } from '../../helpers/temp.js';

describe('migration 0010 (library)', () => {
  it('adds last_opened_at to existing workshops and indexes the trash', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    migrate(db, MIGRATIONS, 9);
    db.prepare(
      `INSERT INTO engagements VALUES ('e1', 'Acme', '', 'active', '2026-01-01', '2026-01-01')`,
    ).run();
    db.prepare(
      `INSERT INTO workshops (id, engagement_id, title, created_at, updated_at, deleted_at)
       VALUES ('w1', 'e1', 'Deployment', '2026-01-01', '2026-01-01', '2026-02-01')`,
    ).run();
    expect(migrate(db, MIGRATIONS, 10)).toBe(10);
    expect(db.prepare(`SELECT title, deleted_at, last_opened_at FROM workshops`).get()).toEqual({
      title: 'Deployment',
      deleted_at: '2026-02-01',
      last_opened_at: null,
    });
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM workshops WHERE deleted_at < '2026-03-01'`)
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('workshops_deleted_at');
    db.close();
  });
});
