import { performance } from 'node:perf_hooks';
import { afterAll, bench, describe } from 'vitest';
import { searchFirm, toFirmQuery } from '../../electron/core/firm/search.js';
import { startFirmLibrary } from '../helpers/firm-library.js';
import { percentile } from './bench-data.js';

/** Words steps are made of; a few are common across the firm, most are rare. */
const WORDS = [
  'server',
  'firewall',
  'rules',
  'approval',
  'finance',
  'ansible',
  'deploy',
  'application',
  'ticket',
  'email',
  'change',
  'request',
  'backup',
  'patch',
  'manager',
  'portal',
  'invoice',
  'vendor',
  'contract',
  'customer',
  'account',
  'opening',
  'claim',
  'review',
  'audit',
  'compliance',
  'form',
  'spreadsheet',
  'handoff',
  'queue',
];
const TYPED = [
  'server',
  'approval fin',
  'deploy app',
  'ansible',
  'invoice',
  'backup',
  'patch',
  'firewall ru',
  'change req',
  'portal',
  'audit comp',
  'zeppelin',
];

const lib = await startFirmLibrary();
afterAll(() => lib.destroy());
const admin = await lib.admin();
// 10,000 published workshops, generated in SQL: ~120 step words each from the common words and a long tail.
await admin.query(
  `INSERT INTO firm.versions (workshop_key, version, idempotency_key, publisher, visibility, team, title, client,
     industry, process_name, workshop_date, tags, body, content)
   SELECT gen_random_uuid(), 1, gen_random_uuid(), CASE WHEN i % 10 = 9 THEN 'alice' ELSE 'carol' END,
     CASE WHEN i % 10 < 7 THEN 'firm' WHEN i % 10 < 9 THEN 'team' ELSE 'owner' END,
     CASE WHEN i % 10 IN (7, 8) THEN 'team_acme' END,
     'Workshop ' || i, 'Client ' || (i % 300), (ARRAY['Banking','Retail','Health','Energy','Public'])[1 + i % 5],
     (ARRAY['Application deployment','Invoice approval','Account opening','Claims handling','Onboarding'])[1 + i % 5],
     date '2025-01-01' + (i % 600), ARRAY['tag' || (i % 40)],
     (SELECT string_agg(CASE WHEN (i * 31 + g * 17) % 5 = 0 THEN ($1::text[])[1 + (i * 7 + g * 13) % cardinality($1::text[])]
                             ELSE 'term' || ((i * 7919 + g * 104729) % 5000) END, ' ')
        FROM generate_series(1, 120) g),
     '{}'::jsonb
   FROM generate_series(1, 10000) i`,
  [WORDS],
);
await admin.query(`ANALYZE firm.versions`);

const bob = await lib.as('bob');
/** The floor: the plain full-text query on the same server, without visibility or snippets. */
const raw = (text: string) =>
  admin.query(
    `SELECT id, ts_rank(search, q) AS rank FROM firm.versions, to_tsquery('english', $1) q
     WHERE search @@ q ORDER BY rank DESC LIMIT 20`,
    [toFirmQuery(text)],
  );

async function p95(fn: (text: string) => Promise<unknown>): Promise<string> {
  const timings: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const text of TYPED) {
      const t = performance.now();
      await fn(text);
      timings.push(performance.now() - t);
    }
  return `p50 ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms`;
}
console.log(
  'firm search over 10,000 published workshops, as a consultant under row-level security (target p95 ≤ 50 ms):',
);
console.log(`  raw full-text query:           ${await p95(raw)}`);
console.log(`  searchFirm (rank + snippets):  ${await p95((text) => searchFirm(bob, text, 20))}`);

let i = 0;
describe('firm search (10,000 published workshops on PostgreSQL)', () => {
  bench('floor: raw to_tsquery … ORDER BY ts_rank LIMIT 20', async () => {
    await raw(TYPED[i++ % TYPED.length]!);
  });
  bench('searchFirm: ranked, visible to this role, with snippets', async () => {
    await searchFirm(bob, TYPED[i++ % TYPED.length]!, 20);
  });
});

afterAll(async () => {
  await bob.end();
  await admin.end();
});
