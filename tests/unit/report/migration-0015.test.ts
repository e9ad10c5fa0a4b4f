import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/database.js';
import { migrate, schemaVersion } from '../../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.js';
import { tempDir } from '../../helpers/temp.js';

describe('migration 0015: empty report sections are left out', () => {
  it('moves options saved with the old default to "omit" and keeps every other field', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    migrate(db, MIGRATIONS, 14);
    db.exec(`INSERT INTO engagements VALUES ('e1', 'Acme', '', 'active', '2026-01-01', '2026-01-01');
      INSERT INTO workshops (id, engagement_id, title, created_at, updated_at)
        VALUES ('w1', 'e1', 'A', '2026-01-01', '2026-01-01'), ('w2', 'e1', 'B', '2026-01-01', '2026-01-01'),
          ('w3', 'e1', 'C', '2026-01-01', '2026-01-01');`);
    const insert = db.prepare(
      `INSERT INTO report_options (workshop_id, options, updated_at) VALUES (?, ?, 'now')`,
    );
    insert.run('w1', JSON.stringify({ paper: 'letter', emptySections: 'note' }));
    insert.run('w2', JSON.stringify({ paper: 'a4', emptySections: 'omit' }));
    insert.run('w3', JSON.stringify({ paper: 'a4' }));
    migrate(db, MIGRATIONS, 15);
    expect(schemaVersion(db)).toBe(15);
    const options = db
      .prepare(`SELECT options FROM report_options ORDER BY workshop_id`)
      .pluck()
      .all()
      .map((o) => JSON.parse(o as string) as object);
    expect(options).toEqual([
      { paper: 'letter', emptySections: 'omit' },
      { paper: 'a4', emptySections: 'omit' },
      { paper: 'a4' },
    ]);
    db.close();
  });
});
