import type { GenerateInput } from '../report/service.js';
import { usePngFolder } from '../report/png-disk-cache.js';
import type { Db } from '../store/database.js';
import type { Prepared } from './worker-loop.js';

/** A small workshop, as a consultant's CSV would bring it: three states, two lanes, a decision. */
const SAMPLE_CSV = [
  'State,Lane,Step,Kind,Tools,Process time,Wait time,Pain points',
  'current,Requester,Request a server,task,Email,30 min,2 d,Nobody knows the status',
  'current,Infrastructure,Order hardware,task,ERP,1 h,15 d,',
  'current,Infrastructure,Approved?,decision,,15 min,3 d,',
  'current,Infrastructure,Install the server,task,,4 h,1 d,',
  'future,Requester,Request a server,task,Service portal,10 min,,',
  'future,Infrastructure,Deploy from template,task,Hypervisor,30 min,1 h,',
  'actual,Requester,Request a server,task,Email,30 min,2 d,Same form as before',
  'actual,Infrastructure,Approved?,decision,,15 min,3 d,',
  'actual,Infrastructure,Deploy from template,task,Hypervisor,30 min,1 d,',
].join('\n');

/**
 * The sample in a database of its own, in memory: the user's library is never touched. Creating it
 * runs the same code the job will (migrations, import, the workshop's loading).
 */
async function withSample(use: (db: Db, workshopId: string) => Promise<unknown>): Promise<void> {
  const [{ openDatabase }, { migrate }, { createWorkshop }, { importCsv }] = await Promise.all([
    import('../store/database.js'),
    import('../store/migrate.js'),
    import('../repo/workshops.js'),
    import('../exchange/csv-io.js'),
  ]);
  const db = openDatabase(':memory:');
  try {
    migrate(db);
    const { workshop } = createWorkshop(db, { client: 'Warm-up', title: 'Warm-up' });
    importCsv(db, { workshopId: workshop.id, content: SAMPLE_CSV });
    // Its pictures are not worth keeping on disk beside the user's.
    usePngFolder(null);
    await use(db, workshop.id);
  } finally {
    db.close();
  }
}

/** Kinds this thread has run once on the sample. */
const sampled = new Set<string>();

async function once(kind: string, run: () => Promise<unknown>): Promise<void> {
  if (sampled.has(kind)) return;
  await run();
  sampled.add(kind);
}

/**
 * Run in a pooled worker ahead of a kind's job (the Report stage opening, say): its modules load
 * and the code runs once on a small workshop, so the real job starts warm (a report of 450 steps
 * took about twice as long in a worker that had not run one before). Given the workshop, the
 * report is also prepared: all but packing, kept for the Generate that follows.
 */
export const WARMUPS = {
  report: async (prepared?: Prepared) => {
    const service = await import('../report/service.js');
    await once('report', () => withSample((db, workshopId) => service.generateReport(db, { workshopId })));
    if (prepared) await prepared.read((db) => service.prepareReport(db, prepared.input as GenerateInput));
  },
  deck: () =>
    once('deck', () =>
      withSample(async (db, workshopId) =>
        (await import('../deck/service.js')).generateDeck(db, { workshopId }),
      ),
    ),
};
