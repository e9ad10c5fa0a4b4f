import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFirm } from '../../../electron/core/firm/connection.js';
import { FIRM_MIGRATIONS } from '../../../electron/core/firm/migrations/index.js';
import { firmSchemaVersion, migrateFirm } from '../../../electron/core/firm/migrate.js';
import { publishVersion } from '../../../electron/core/firm/publish.js';
import { reviewFirm } from '../../../electron/core/firm/reuse.js';
import { readVersion, searchFirm } from '../../../electron/core/firm/search.js';
import type { Visibility } from '../../../shared/firm/types.js';
import { serializeTriptych } from '../../../shared/exchange/triptych-file.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { type ConsultantName, type FirmLibrary, startFirmLibrary } from '../../helpers/firm-library.js';

let lib: FirmLibrary;
beforeAll(async () => {
  lib = await startFirmLibrary();
}, 60_000);
afterAll(() => lib?.destroy());

function content(title: string, workshopId = randomUUID()): string {
  const data = originWorkshop();
  return serializeTriptych({
    ...data,
    workshop: { ...data.workshop, id: workshopId, title },
    attendees: data.attendees.map((a) => ({ ...a, workshopId })),
  });
}

const as = <T>(who: ConsultantName, fn: (c: pg.Client) => Promise<T>) =>
  withFirm(lib.target(who), lib.password(who), fn);

const publish = (
  who: ConsultantName,
  text: string,
  visibility: Visibility = 'firm',
  team: string | null = null,
) =>
  as(who, (c) =>
    publishVersion(c, { idempotencyKey: randomUUID(), content: text, visibility, team, industry: 'IT' }),
  );

describe('firm library schema', () => {
  it('is versioned in firm.schema_version and refuses a newer one without changing it', async () => {
    const admin = await lib.admin();
    try {
      expect(await firmSchemaVersion(admin)).toBe(FIRM_MIGRATIONS.at(-1)!.version);
      await admin.query(`INSERT INTO firm.schema_version (version, name) VALUES (999, 'from the future')`);
      await expect(migrateFirm(admin)).rejects.toThrow(/newer Triptych \(schema 999/);
      await admin.query(`DELETE FROM firm.schema_version WHERE version = 999`);
    } finally {
      await admin.end();
    }
  });
});

describe('publish and search', () => {
  it('adds an immutable version each time, searchable by a word from a step, ranked with a snippet', async () => {
    const key = randomUUID();
    const v1 = await publish('alice', content('Deployment review', key));
    const v2 = await publish('alice', content('Deployment review, revised', key));
    expect([v1.version, v2.version]).toEqual([1, 2]);
    const hits = await as('bob', (c) => searchFirm(c, 'racks'));
    const mine = hits.filter((h) => h.workshopKey === key);
    expect(mine.map((h) => h.version).sort()).toEqual([1, 2]);
    expect(mine[0]!.snippet.some((p) => p.hit && /rack/i.test(p.text))).toBe(true);
    expect(mine[0]!.processName).not.toBe('');
    expect(mine[0]!.leadMinutes.current).toBeGreaterThan(0);
    const read = await as('bob', (c) => readVersion(c, v1.id));
    expect(JSON.parse(read!.content).workshop.workshop.title).toBe('Deployment review');
    // Nothing overwritten: a consultant can neither update nor delete a version.
    const bob = await lib.as('alice');
    try {
      await expect(bob.query(`UPDATE firm.versions SET title = 'x' WHERE id = $1`, [v1.id])).rejects.toThrow(
        /permission denied/,
      );
      await expect(bob.query(`DELETE FROM firm.versions WHERE id = $1`, [v1.id])).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await bob.end();
    }
  });

  it('gives two concurrent publishes of the same workshop two versions', async () => {
    const key = randomUUID();
    const both = await Promise.all([
      publish('alice', content('Concurrent A', key)),
      publish('carol', content('Concurrent B', key)),
    ]);
    expect(both.map((v) => v.version).sort()).toEqual([1, 2]);
  });

  it('sends a queued publish once even when it is sent twice', async () => {
    const idempotencyKey = randomUUID();
    const text = content('Sent twice');
    const req = { idempotencyKey, content: text, visibility: 'firm' as const, team: null, industry: '' };
    const first = await as('alice', (c) => publishVersion(c, req));
    const again = await as('alice', (c) => publishVersion(c, req));
    expect(again).toMatchObject({ id: first.id, duplicate: true });
    const admin = await lib.admin();
    const n = await admin.query(`SELECT count(*)::int AS n FROM firm.versions WHERE idempotency_key = $1`, [
      idempotencyKey,
    ]);
    await admin.end();
    expect(n.rows[0].n).toBe(1);
  });

  it('leaves nothing when the connection dies mid-transaction', async () => {
    const key = randomUUID();
    const admin = await lib.admin();
    try {
      const attempt = as('alice', (c) =>
        publishVersion(
          c,
          {
            idempotencyKey: randomUUID(),
            content: content('Killed', key),
            visibility: 'firm',
            team: null,
            industry: '',
          },
          {
            beforeInsert: async () => {
              await admin.query(`SELECT pg_terminate_backend($1)`, [
                (c as unknown as { processID: number }).processID,
              ]);
            },
          },
        ),
      );
      await expect(attempt).rejects.toThrow();
      const left = await admin.query(
        `SELECT (SELECT count(*) FROM firm.versions WHERE workshop_key = $1)::int AS versions,
                (SELECT count(*) FROM firm.version_counters WHERE workshop_key = $1)::int AS counters`,
        [key],
      );
      expect(left.rows[0]).toEqual({ versions: 0, counters: 0 });
      // The next publish of the same workshop is version 1: no gap, no half row.
      expect((await publish('alice', content('Killed, retried', key))).version).toBe(1);
    } finally {
      await admin.end();
    }
  });
});

describe('across the firm', () => {
  it('reads the latest version of each workshop side by side, per process and industry', async () => {
    const key = randomUUID();
    await publish('alice', content('Review me', key));
    await publish('alice', content('Review me, second version', key));
    const groups = await as('bob', (c) => reviewFirm(c));
    const deployment = groups.find((g) => g.processName === 'Application deployment' && g.industry === 'IT')!;
    const titles = deployment.review.workshops.map((w) => w.title);
    expect(titles).toContain('Review me, second version');
    expect(titles).not.toContain('Review me');
    const mine = deployment.review.workshops.find((w) => w.title === 'Review me, second version')!;
    expect(mine.leadTime.current).not.toBe('unknown');
    expect(mine.percent).not.toBeNull();
    // The same findings in every published copy come back as themes.
    expect(deployment.review.themes.length).toBeGreaterThan(0);
  });
});

describe('visibility, enforced by PostgreSQL', () => {
  it('hides a team-only engagement from a consultant outside the team, in the app and in raw SQL', async () => {
    const team = await publish('alice', content('Acme confidential payroll'), 'team', 'team_acme');
    const own = await publish('alice', content('Alice private payroll'), 'owner');
    expect((await as('carol', (c) => searchFirm(c, 'payroll'))).map((h) => h.id)).toContain(team.id);
    expect((await as('carol', (c) => searchFirm(c, 'payroll'))).map((h) => h.id)).not.toContain(own.id);
    expect(await as('bob', (c) => searchFirm(c, 'payroll'))).toEqual([]);
    expect(await as('bob', (c) => readVersion(c, team.id))).toBeNull();
    const bob = await lib.as('bob');
    try {
      const raw = await bob.query(`SELECT * FROM firm.versions WHERE id = ANY($1)`, [[team.id, own.id]]);
      expect(raw.rowCount).toBe(0);
      // Nor through the index helper the app's search uses.
      const viaSearch = await bob.query(
        `SELECT * FROM firm.search_ids(to_tsquery('english', 'payroll'), 100)`,
      );
      expect(viaSearch.rowCount).toBe(0);
      await expect(bob.query(`SELECT * FROM firm.version_counters`)).rejects.toThrow(/permission denied/);
      await expect(bob.query(`ALTER TABLE firm.versions DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(
        /must be owner/,
      );
    } finally {
      await bob.end();
    }
    await expect(publish('bob', content('Not my team'), 'team', 'team_acme')).rejects.toThrow(/not a member/);
  });
});
