import { Packer } from 'docx';
import { rmSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { renderDeck } from '../../electron/core/deck/service.js';
import { buildReport, clearReportCaches, renderReport } from '../../electron/core/report/generate.js';
import { defaultReportOptions } from '../../shared/report/options.js';
import { pngFolderIn } from '../../electron/core/report/png-disk-cache.js';
import { bigWorkshop } from '../unit/report/workshops.js';
import { reportJobLibrary } from './report-job-lib.js';

// A large workshop: 3 states × 150 steps over 12 lanes, 40 findings, 60 actions; pictures included
// (each map's overview, two charts, the states side by side). Goals: first generation ≤ 2 s and
// ≤ 2× the floor, generating again ≤ 1.5× the floor.
const input = {
  data: bigWorkshop({ steps: 150, lanes: 12, findings: 40, actions: 60 }),
  options: defaultReportOptions(),
  summaryText: null,
};
// The floor: the same document, already built, serialized by Packer alone.
const built = await buildReport(input);
const runs = { iterations: 7, warmupIterations: 1, time: 0 };
// The app runs each report as a job in a worker thread, kept between jobs and warmed when the Report
// stage opens (its code run once on a small sample). These lines are what the app's user waits
// for: the in-process figures plus the job's trip (the workshop read from SQLite, the document
// sent back to main). "First" is a workshop never reported before (every step retitled, so no
// comparison, section or picture is kept), same goals as in-process.
const firsts = runs.iterations + runs.warmupIterations;
const PREPARED_ROUNDS = 7;
const lib = await reportJobLibrary(input.data, firsts + PREPARED_ROUNDS);
void lib.jobs.warm('report');
const job = (workshopId = lib.workshopId) => lib.jobs.run('report', { workshopId, options: input.options });
let fresh = 0;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/**
 * What the consultant waits for after Generate when the Report stage was open long enough for its
 * worker to prepare that report (all but packing, about as long as a first generation): timed by
 * hand, since a bench line times all it runs, beside Packer alone in the same loop.
 */
async function generateAfterPreparing(ids: string[]): Promise<string> {
  const waits: number[] = [];
  const floors: number[] = [];
  for (const workshopId of ids) {
    await lib.jobs.warm('report', { workshopId, options: input.options });
    let t = performance.now();
    await job(workshopId);
    waits.push(performance.now() - t);
    t = performance.now();
    await Packer.toBuffer(built);
    floors.push(performance.now() - t);
  }
  const [wait, floor] = [median(waits), median(floors)];
  return `${wait.toFixed(0)} ms median = ${(wait / floor).toFixed(2)}× Packer alone (${floor.toFixed(0)} ms in the same loop)`;
}

describe('Word report of a 450-step workshop (pictures included)', async () => {
  const prepared = await generateAfterPreparing(lib.freshIds.slice(firsts));
  console.log(`app: Generate after the Report stage prepared the report (7 new workshops): ${prepared}`);
  bench(
    'floor: Packer alone serializes the same document',
    async () => {
      await Packer.toBuffer(built);
    },
    runs,
  );
  bench(
    'first generation: data, comparison, pictures drawn (SVG + PNG fallback), document, Packer',
    async () => {
      clearReportCaches();
      await renderReport(input);
    },
    runs,
  );
  bench(
    'generating again: the same, comparison, sections and pictures kept',
    async () => {
      await renderReport(input);
    },
    runs,
  );
  bench(
    `app: first generation of a workshop, in the warmed report worker (${lib.worker})`,
    async () => {
      await job(lib.freshIds[fresh++]);
    },
    runs,
  );
  bench(
    `app: generating again, in the same worker (${lib.worker})`,
    async () => {
      await job();
    },
    runs,
  );
  bench(
    `app, no goal: the first report after the app starts, before the Report stage warmed a worker (new worker, nothing drawn; ${lib.worker})`,
    async () => {
      rmSync(pngFolderIn(lib.dataDir), { recursive: true, force: true });
      const cold = lib.runner();
      await cold.run('report', { workshopId: lib.workshopId, options: input.options });
      await cold.close();
    },
    runs,
  );
});

describe('Read-out deck of the same workshop (goal: at most 2 s)', () => {
  bench(
    'deck: story, overview maps drawn, slides, pptxgenjs write',
    async () => {
      clearReportCaches();
      await renderDeck(input.data, input.options);
    },
    runs,
  );
});
