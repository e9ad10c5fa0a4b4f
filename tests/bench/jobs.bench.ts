import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bench, describe } from 'vitest';
import { AppCore } from '../../electron/core/app-core.js';
import { dispatch } from '../../electron/core/handlers/dispatch.js';
import { openDatabase } from '../../electron/core/store/database.js';
import { bigCsv } from '../helpers/big-csv.js';
import { percentile } from './bench-data.js';

/**
 * What the facilitator feels while a 20,000-row CSV import runs: the latency of a step edit and of
 * a read through the whole dispatch path, and the longest stall of main's event loop, with the
 * import in a worker thread (the app) and in-process (as before, and as the CLI still runs it).
 * An edit sent while the worker holds its one write transaction waits for the commit (its max).
 */
const ROWS = 20_000;

async function lib(jobs: 'worker' | 'inline') {
  const core = await AppCore.start({
    dataDir: mkdtempSync(join(tmpdir(), 'bench-jobs-')),
    version: '0',
    jobs,
  });
  const call = async (channel: string, input: unknown) => {
    const r = await dispatch({ core }, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as { id: string | null };
  };
  const { workshop } = (await call('workshop:create', { client: 'Bench', title: 'Jobs' })) as unknown as {
    workshop: { id: string };
  };
  const data = (await call('workshop:data', { id: workshop.id })) as unknown as {
    maps: { current: { id: string } };
  };
  const { id: stepId } = await call('step:create', {
    mapId: data.maps.current.id,
    afterStepId: null,
    fields: { title: 'Edited' },
  });
  return { core, call, workshopId: workshop.id, stepId: stepId! };
}
type Lib = Awaited<ReturnType<typeof lib>>;

let n = 0;
const edit = (l: Lib) => l.call('step:update', { stepId: l.stepId, patch: { title: `Edited ${n++}` } });
const read = (l: Lib) => l.call('edit:state', { workshopId: l.workshopId });

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const s = performance.now();
  await fn();
  return performance.now() - s;
}

/** Edits and reads, one after the other, until `until` settles; and the event loop's longest stall. */
async function under(l: Lib, until: Promise<unknown> | null, count = 60) {
  const edits: number[] = [];
  const reads: number[] = [];
  let stall = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 5);
    last = now;
  }, 5);
  let running = until !== null;
  void until?.finally(() => (running = false));
  for (let i = 0; running || (until === null && i < count); i++) {
    edits.push(await timed(() => edit(l)));
    reads.push(await timed(() => read(l)));
    await new Promise((r) => setTimeout(r, 20));
  }
  await until;
  clearInterval(probe);
  return { edits, reads, stall };
}

const importing = (l: Lib) =>
  l.call('csv:import', { workshopId: l.workshopId, state: 'current', content: bigCsv(ROWS) });

const worker = await lib('worker');
const inline = await lib('inline');
await importing(worker); // warms the worker's code (tsx compiles it once, from source)
const idle = await under(worker, null);
const inWorker = await under(worker, importing(worker));
const inProcess = await under(inline, importing(inline));

// The floor: one durable one-row commit on the same disk (WAL, synchronous=FULL), no Triptych code.
const floorDb = openDatabase(join(mkdtempSync(join(tmpdir(), 'bench-floor-')), 'floor.db'));
floorDb.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
const floorInsert = floorDb.prepare('INSERT INTO t (v) VALUES (?)');
const floorTimes: number[] = [];
for (let i = 0; i < 100; i++) floorTimes.push(await timed(async () => floorInsert.run(`row ${i}`)));
const floor = percentile(floorTimes, 50);
console.log(`Floor: a durable one-row commit, median ${floor.toFixed(2)} ms`);
const line = (name: string, t: number[]) =>
  `${name} median ${percentile(t, 50).toFixed(1)} ms (×${(percentile(t, 50) / floor).toFixed(1)} floor), ` +
  `p95 ${percentile(t, 95).toFixed(1)} ms, max ${Math.max(...t).toFixed(0)} ms, n=${t.length}`;
for (const [name, r] of [
  ['idle', idle],
  [`${ROWS.toLocaleString('en')}-row CSV import in a worker`, inWorker],
  [`${ROWS.toLocaleString('en')}-row CSV import in-process`, inProcess],
] as const) {
  console.log(
    `${name}:\n  ${line('step edit', r.edits)}\n  ${line('read (edit:state)', r.reads)}\n` +
      `  main event loop's longest stall ${r.stall.toFixed(0)} ms`,
  );
}
await inline.core.close();

describe('a step edit through dispatch, idle', () => {
  bench('step:update', async () => {
    await edit(worker);
  });
});
