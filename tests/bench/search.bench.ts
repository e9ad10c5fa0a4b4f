import { performance } from 'node:perf_hooks';
import { bench, describe } from 'vitest';
import type { AppCore } from '../../electron/core/app-core.js';
import { dispatch } from '../../electron/core/handlers/dispatch.js';
import { toFtsQuery } from '../../shared/search/fts-query.js';
import { benchDatabase, percentile } from './bench-data.js';

const db = await benchDatabase();
// dispatch needs only the core's database here; a stand-in avoids AppCore's daily backup of a big file.
const ctx = { core: { db: () => db } as unknown as AppCore };

/** What people type, letter by letter and word by word. */
const TYPED = [
  's',
  'se',
  'ser',
  'serv',
  'server',
  'fi',
  'firewall ru',
  'appro',
  'approval f',
  'approval fin',
  'ansible',
  'deploy app',
  'vm',
  'ticket',
  'email the',
  'change req',
  'backup',
  'patch',
  'waits for man',
  'client 4',
  'nobody owns',
  'portal',
];

const raw = db.prepare(
  `SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50`,
);
const someWorkshop = db
  .prepare(`SELECT id FROM workshops ORDER BY rowid LIMIT 1 OFFSET 10`)
  .pluck()
  .get() as string;

async function p95(input: (text: string) => Record<string, unknown>): Promise<string> {
  const timings: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const text of TYPED) {
      const t = performance.now();
      await dispatch(ctx, 'search:query', input(text));
      timings.push(performance.now() - t);
    }
  return `p50 ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms`;
}
const rows = db.prepare(`SELECT count(*) FROM search_index`).pluck().get() as number;
console.log(`search:query over ${rows} indexed rows (target p95 ≤ 25 ms):`);
console.log(`  all workshops:  ${await p95((text) => ({ text }))}`);
console.log(`  one workshop:   ${await p95((text) => ({ text, workshopId: someWorkshop }))}`);
// Each search in another workshop than the last copies that workshop's entries first (workshop-scope.ts).
const otherWorkshop = db.prepare(`SELECT id FROM workshops ORDER BY rowid LIMIT 1 OFFSET 500`).pluck().get();
let flip = 0;
console.log(
  `  one workshop, first search there (alternating two workshops): ${await p95((text) => ({
    text,
    workshopId: flip++ % 2 ? someWorkshop : otherWorkshop,
  }))}`,
);

let i = 0;
describe('search as you type (1,000 workshops × ~150 steps)', () => {
  bench('floor: raw FTS5 MATCH … ORDER BY rank LIMIT 50', () => {
    raw.all(toFtsQuery(TYPED[i++ % TYPED.length]!));
  });
  bench('search:query through dispatch (workshop, step, state, snippet)', async () => {
    await dispatch(ctx, 'search:query', { text: TYPED[i++ % TYPED.length]! });
  });
});

const libraryFloor = db.prepare(
  `SELECT w.id, w.title, e.client, w.date, w.status, w.updated_at FROM workshops w
   JOIN engagements e ON e.id = w.engagement_id WHERE w.deleted_at IS NULL ORDER BY w.updated_at DESC`,
);
describe('library first page (1,000 workshops; target ≤ 50 ms)', () => {
  bench('floor: the workshops and their clients, raw SELECT', () => {
    libraryFloor.all();
  });
  bench('library:list through dispatch', async () => {
    await dispatch(ctx, 'library:list', {});
  });
});
