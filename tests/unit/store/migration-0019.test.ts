import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/database.js';
import { migrate } from '../../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.js';
import { tempDir } from '../../helpers/temp.js';

describe('migration 0019 (status apart from archiving, finding sources)', () => {
  it('moves archived workshops to the archived column and keeps every other status', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    migrate(db, MIGRATIONS, 18);
    db.exec(`INSERT INTO engagements VALUES ('e1', 'Acme', '', 'active', '2026-01-01', '2026-01-01');
      INSERT INTO workshops (id, engagement_id, title, status, created_at, updated_at) VALUES
        ('w1', 'e1', 'Draft one', 'draft', '2026-01-01', '2026-01-02'),
        ('w2', 'e1', 'Running', 'in_progress', '2026-01-01', '2026-01-03'),
        ('w3', 'e1', 'Put away', 'archived', '2026-01-01', '2026-01-04');
      INSERT INTO findings (id, workshop_id, title, category, position, created_at)
        VALUES ('f1', 'w1', 'Slow', 'process', 0, '2026-01-01');`);
    expect(migrate(db, MIGRATIONS, 19)).toBe(19);
    expect(db.prepare(`SELECT id, status, archived_at FROM workshops ORDER BY id`).all()).toEqual([
      { id: 'w1', status: 'draft', archived_at: null },
      { id: 'w2', status: 'in_progress', archived_at: null },
      { id: 'w3', status: 'completed', archived_at: '2026-01-04' },
    ]);
    db.prepare(`INSERT INTO finding_sources VALUES ('f1', 'evidence', 'q1')`).run();
    expect(() => db.prepare(`INSERT INTO finding_sources VALUES ('f1', 'vote', 'q1')`).run()).toThrow(
      /CHECK/,
    );
    db.prepare(`DELETE FROM findings WHERE id = 'f1'`).run();
    expect(db.prepare(`SELECT count(*) FROM finding_sources`).pluck().get()).toBe(0);
    db.close();
  });
});
