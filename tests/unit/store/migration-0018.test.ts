import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/database.js';
import { migrate } from '../../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.js';
import { tempDir } from '../../helpers/temp.js';

describe('migration 0018 (firm outbox and settings)', () => {
  it('adds the outbox and settings to an older database without touching its workshops', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    const before = MIGRATIONS.filter((m) => m.version < 18).at(-1)!.version;
    migrate(db, MIGRATIONS, before);
    db.exec(`INSERT INTO engagements VALUES ('e1', 'Acme', '', 'active', '2026-01-01', '2026-01-01');
      INSERT INTO workshops (id, engagement_id, title, created_at, updated_at)
        VALUES ('w1', 'e1', 'Deployment', '2026-01-01', '2026-01-01');`);
    expect(migrate(db, MIGRATIONS, 18)).toBe(18);
    const add = db.prepare(
      `INSERT INTO firm_outbox (id, workshop_id, title, visibility, team, content, queued_at) VALUES (?, 'w1', 'D', ?, ?, '{}', '2026-01-01')`,
    );
    add.run('o1', 'team', 'team_acme');
    // A team publish names its team, and only a team publish does.
    expect(() => add.run('o2', 'team', null)).toThrow(/CHECK/);
    expect(() => add.run('o3', 'firm', 'team_acme')).toThrow(/CHECK/);
    // The password has no key to be stored under.
    expect(() => db.prepare(`INSERT INTO firm_settings VALUES ('password', 'x')`).run()).toThrow(/CHECK/);
    expect(db.prepare(`SELECT title FROM workshops`).pluck().get()).toBe('Deployment');
    db.close();
  });
});
