import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { AppCore } from '../../electron/core/app-core.js';
import { dispatch } from '../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../electron/core/repo/snapshot-insert.js';
import { stepsToCsv } from '../../shared/exchange/csv-write.js';
import { mapToBpmn } from '../../shared/exchange/bpmn-export.js';
import { parseTriptych, serializeTriptych } from '../../shared/exchange/triptych-file.js';
import { generatedWorkshop } from './bench-data.js';

const core = await AppCore.start({
  dataDir: mkdtempSync(join(tmpdir(), 'bench-exchange-')),
  version: 'bench',
});
const ctx = { core };
const big = generatedWorkshop(1, 500);
const file = serializeTriptych(big);
const targetId = (await dispatch(ctx, 'workshop:create', { client: 'Acme', title: 'Target' })) as {
  ok: true;
  value: { workshop: { id: string } };
};
const workshopId = targetId.value.workshop.id;
const csv = stepsToCsv(big, 'current');
const bpmn = await mapToBpmn(big, 'current', 'bench');
const steps = big.maps.current.steps.length;
console.log(
  `.triptych file of 500 steps: ${(file.length / 1024).toFixed(0)} KB; CSV (${(csv.length / 1024).toFixed(0)} KB) and BPMN (${(bpmn.length / 1024).toFixed(0)} KB) of ${steps} steps`,
);

async function ok(channel: Parameters<typeof dispatch>[1], payload: unknown) {
  const result = await dispatch(ctx, channel, payload);
  if (!result.ok) throw new Error(result.error.message);
}

describe('import a 500-step .triptych file (target ≤ 300 ms)', () => {
  bench('floor: insertWorkshopData of the parsed data (no JSON, no validation)', () => {
    insertWorkshopData(core.db(), big, { mode: 'new' });
  });
  bench('parse and validate only (JSON + zod + references)', () => {
    if (!parseTriptych(file).ok) throw new Error('invalid');
  });
  bench('workshop:import through dispatch', async () => {
    await ok('workshop:import', { content: file });
  });
});

describe(`append ${steps} steps to a state`, () => {
  bench('csv:import through dispatch', async () => {
    await ok('csv:import', { workshopId, state: 'actual', content: csv });
  });
  bench('bpmn:import through dispatch', async () => {
    await ok('bpmn:import', { workshopId, state: 'future', content: bpmn });
  });
});
