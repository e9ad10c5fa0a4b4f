import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bench, describe } from 'vitest';
import type { AppCore } from '../../electron/core/app-core.js';
import { dispatch } from '../../electron/core/handlers/dispatch.js';
import { JobRunner } from '../../electron/core/jobs/runner.js';
import { insertWorkshopData } from '../../electron/core/repo/snapshot-insert.js';
import { type Db, openDatabase } from '../../electron/core/store/database.js';
import { migrate } from '../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../electron/core/store/migrations/index.js';
import { benchDatabase, generatedWorkshop, percentile } from './bench-data.js';

/** A copy of the cached 1,000-workshop library (edits must not change the cache), or an empty one. */
async function library(big: boolean): Promise<Db> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-edit-'));
  if (big) {
    const cached = await benchDatabase();
    const from = cached.name;
    cached.pragma('wal_checkpoint(TRUNCATE)');
    cached.close();
    copyFileSync(from, join(dir, 'triptych.db'));
    return openDatabase(join(dir, 'triptych.db'));
  }
  const db = openDatabase(join(dir, 'triptych.db'));
  migrate(db, MIGRATIONS);
  return db;
}

async function setup(big: boolean) {
  const db = await library(big);
  const id = insertWorkshopData(db, generatedWorkshop(5000, 600), { mode: 'new' });
  const mapId = db
    .prepare(
      `SELECT m.id FROM maps m JOIN processes p ON p.id = m.process_id WHERE p.workshop_id = ? AND m.state = 'current'`,
    )
    .pluck()
    .get(id) as string;
  // The CSV import below runs in-process (as the CLI runs jobs), so its time compares with before.
  const jobs = new JobRunner({ mode: 'inline', dbFile: db.name, db: () => db });
  const ctx = { core: { db: () => db, jobs } as unknown as AppCore };
  const call = async (channel: string, input: unknown) => {
    const r = await dispatch(ctx, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as { id: string | null };
  };
  return { db, id, mapId, call };
}

type Lib = Awaited<ReturnType<typeof setup>>;
type Timings = Record<'insert' | 'update' | 'delete', number[]>;

/** Insert at the top of a 200-step map, update it, delete it (which renumbers the 200 back). */
async function cycle(lib: Lib, t: Timings, i: number) {
  let s = performance.now();
  const { id } = await lib.call('step:create', {
    mapId: lib.mapId,
    afterStepId: null,
    fields: { title: `New ${i}` },
  });
  t.insert.push(performance.now() - s);
  s = performance.now();
  await lib.call('step:update', {
    stepId: id,
    patch: { title: `Renamed ${i}`, description: 'server check' },
  });
  t.update.push(performance.now() - s);
  s = performance.now();
  await lib.call('step:delete', { stepId: id });
  t.delete.push(performance.now() - s);
}

// Interleaved, so the disk's fsync latency weighs on both libraries alike.
const libs = { empty: await setup(false), big: await setup(true) };
const times = {
  empty: { insert: [], update: [], delete: [] },
  big: { insert: [], update: [], delete: [] },
} as {
  empty: Timings;
  big: Timings;
};
for (let i = 0; i < 100; i++) {
  await cycle(libs.empty, times.empty, i);
  await cycle(libs.big, times.big, i);
}
// The floor: one durable one-row commit on the same disk (WAL, synchronous=FULL), no Triptych code.
const floorDb = openDatabase(join(mkdtempSync(join(tmpdir(), 'bench-floor-')), 'floor.db'));
floorDb.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
const floorInsert = floorDb.prepare('INSERT INTO t (v) VALUES (?)');
const floorTimes: number[] = [];
for (let i = 0; i < 100; i++) {
  const s = performance.now();
  floorInsert.run(`row ${i}`);
  floorTimes.push(performance.now() - s);
}
console.log(`Floor: a durable one-row commit, median ${percentile(floorTimes, 50).toFixed(2)} ms`);
const count = (lib: Lib, sql: string) => lib.db.prepare(sql).pluck().get() as number;
console.log(
  `Step edits at the top of a ${count(libs.big, `SELECT count(*) FROM steps WHERE map_id = '${libs.big.mapId}'`)}-step map ` +
    `(target median ≤ 5 ms and ≤ 3× the empty library; index rows: empty ${count(libs.empty, 'SELECT count(*) FROM search_index')}, ` +
    `1,000 other workshops ${count(libs.big, 'SELECT count(*) FROM search_index')}):`,
);
for (const op of ['insert', 'update', 'delete'] as const) {
  const e = percentile(times.empty[op], 50);
  const b = percentile(times.big[op], 50);
  console.log(
    `  ${op.padEnd(6)} empty ${e.toFixed(2)} ms, 1,000 other workshops ${b.toFixed(2)} ms: ×${(b / e).toFixed(2)}`,
  );
}

describe('step edit at the top of a 200-step map', () => {
  let i = 0;
  for (const [name, lib] of [
    ['empty library', libs.empty],
    ['1,000 other workshops', libs.big],
  ] as const)
    bench(`insert + update + delete, ${name}`, async () => {
      const { id } = await lib.call('step:create', {
        mapId: lib.mapId,
        afterStepId: null,
        fields: { title: `N${i++}` },
      });
      await lib.call('step:update', { stepId: id, patch: { title: `R${i}` } });
      await lib.call('step:delete', { stepId: id });
    });
});

/** A 5,000-row CSV import into the big library, then its undo (target ≤ 2 s). */
async function importAndUndo() {
  const { db, id, call } = libs.big;
  const header = 'State,Step,Lane,Description\n';
  const rows = Array.from({ length: 5000 }, (_, i) => `current,Check server ${i},Platform,quokka ${i}`);
  let s = performance.now();
  await call('csv:import', { workshopId: id, content: header + rows.join('\n') });
  const imported = performance.now() - s;
  s = performance.now();
  await call('edit:undo', { workshopId: id });
  const undone = performance.now() - s;
  const left = db
    .prepare(`SELECT count(*) FROM search_index WHERE search_index MATCH 'quokka'`)
    .pluck()
    .get();
  console.log(
    `5,000-row CSV import: ${imported.toFixed(0)} ms; its undo: ${undone.toFixed(0)} ms (target ≤ 2,000 ms); ${left} index rows left matching`,
  );
}
await importAndUndo();
