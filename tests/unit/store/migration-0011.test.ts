import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/database.js';
import { migrate } from '../../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.js';
import { tempDir } from '../../helpers/temp.js';

describe('migration 0011 (tags)', () => {
  it('adds tags to a version-10 database without touching its workshops', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    migrate(db, MIGRATIONS, 10);
    db.exec(`INSERT INTO engagements VALUES ('e1', 'Acme', '', 'active', '2026-01-01', '2026-01-01');
      INSERT INTO workshops (id, engagement_id, title, created_at, updated_at)
        VALUES ('w1', 'e1', 'Deployment', '2026-01-01', '2026-01-01');`);
    expect(migrate(db, MIGRATIONS, 11)).toBe(11);
    db.prepare(`INSERT INTO workshop_tags VALUES ('w1', 'Virtualization')`).run();
    // Case-insensitive: the same tag twice is refused.
    expect(() => db.prepare(`INSERT INTO workshop_tags VALUES ('w1', 'virtualization')`).run()).toThrow(
      /UNIQUE/,
    );
    expect(db.prepare(`SELECT title FROM workshops`).pluck().get()).toBe('Deployment');
    db.prepare(`DELETE FROM workshops WHERE id = 'w1'`).run();
    expect(db.prepare(`SELECT count(*) FROM workshop_tags`).pluck().get()).toBe(0);
    db.close();
  });
});
