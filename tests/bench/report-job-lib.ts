import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppCore } from '../../electron/core/app-core.js';
import { JobRunner } from '../../electron/core/jobs/runner.js';
import { type WorkerScript, tsWorker } from '../../electron/core/jobs/worker-path.js';
import { insertWorkshopData } from '../../electron/core/repo/snapshot-insert.js';
import type { WorkshopData } from '../../shared/domain/workshop-data.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = join(root, 'out/main/jobs-worker.js');

function newest(dir: string): number {
  let latest = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[])
    latest = Math.max(latest, statSync(join(dir, name)).mtimeMs);
  return latest;
}

/**
 * The worker the app runs: the built one (out/main) when it is newer than every source file it is
 * built from; otherwise the same code from source through tsx, which starts slower (said in the name).
 */
function appWorker(): { script: WorkerScript; name: string } {
  try {
    const age = statSync(built).mtimeMs;
    if (age > Math.max(newest(join(root, 'electron')), newest(join(root, 'shared'))))
      return { script: { url: new URL(`file://${built}`) }, name: 'built worker' };
  } catch {
    // Not built.
  }
  return {
    script: tsWorker(new URL('../../electron/core/jobs/worker.ts', import.meta.url)),
    name: 'worker from source via tsx: run npm run build first for the app figure',
  };
}

/** The same workshop with every step retitled: nothing of its report is drawn or cached yet. */
function retitled(data: WorkshopData, tag: string): WorkshopData {
  const maps = Object.fromEntries(
    Object.entries(data.maps).map(([state, map]) => [
      state,
      { ...map, steps: map.steps.map((s) => ({ ...s, title: `${s.title} ${tag}` })) },
    ]),
  ) as WorkshopData['maps'];
  return { ...data, maps };
}

/**
 * A library on a real SQLite file holding `data` once as given and `fresh` times retitled, and a
 * job runner in worker mode as the app's (`runner()` makes another, with workers of its own).
 */
export async function reportJobLibrary(data: WorkshopData, fresh: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-report-jobs-'));
  const core = await AppCore.start({ dataDir, version: '0' });
  const workshopId = insertWorkshopData(core.db(), data, { mode: 'new' });
  const freshIds = Array.from({ length: fresh }, (_, i) =>
    insertWorkshopData(core.db(), retitled(data, `r${i}`), { mode: 'new' }),
  );
  const worker = appWorker();
  const runner = () =>
    new JobRunner({ mode: 'worker', dbFile: core.file, db: () => core.db(), script: worker.script });
  return { dataDir, workshopId, freshIds, jobs: runner(), runner, worker: worker.name };
}
