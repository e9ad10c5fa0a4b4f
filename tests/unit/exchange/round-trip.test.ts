import { describe, expect, it } from 'vitest';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import type { MapState } from '../../../shared/domain/types.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { emptyWorkshop, stepsOf } from './helpers.js';

/**
 * The origin workshop's future state with every field a step can hold set somewhere: each kind,
 * automation, environment and value class; a step with no lane; fractions of a minute, zero and
 * empty times; multi-line notes and descriptions with markup characters, accents and a formula-like start.
 */
function richWorkshop(): WorkshopData {
  const data = originWorkshop();
  const [a, b, c, d, e] = data.maps.future.steps;
  Object.assign(a!, {
    kind: 'decision',
    description: 'Prüfung <b>first</b> & "then" €\nsecond line',
    notes: 'Branches: yes → go; no → stop',
    automation: null,
  });
  Object.assign(b!, { kind: 'wait', environment: 'either', valueClass: 'VA', waitMinutes: 0 });
  Object.assign(c!, {
    kind: 'handoff',
    processMinutes: 7.5,
    pctCompleteAccurate: 0,
    title: '=SUM(A1) – Übergabe',
    notes: 'Line one\nLine two; with a semicolon',
  });
  Object.assign(d!, { kind: 'rework', laneId: null, automation: 'automated', valueClass: 'waste' });
  Object.assign(e!, { processMinutes: null, waitMinutes: null, pctCompleteAccurate: null, tools: [] });
  return data;
}

const lanesOf = (data: WorkshopData, state: MapState) => data.maps[state].lanes.map((l) => l.name);

describe('round trips: export a state, import it into an empty one, get the same steps', () => {
  const formats = [
    ['BPMN', 'bpmn:export', 'bpmn:import'],
    ['Excel', 'xlsx:export', 'xlsx:import'],
    ['CSV', 'csv:export', 'csv:import'],
  ] as const;

  it.each(formats)(
    '%s: titles, lanes, order, kinds, times, notes and every other field',
    async (_, out, back) => {
      const core = await startCore();
      const sourceId = insertWorkshopData(core.db(), richWorkshop(), { mode: 'new' });
      const source = loadWorkshopData(core.db(), sourceId);
      for (const state of ['current', 'future', 'actual'] as const) {
        const file = await invoke(core, out, { workshopId: sourceId, state });
        const targetId = await emptyWorkshop(core, state);
        const content =
          'encoding' in file && file.encoding === 'base64'
            ? { base64: file.content! }
            : { content: file.content! };
        const result = await invoke(core, back, { workshopId: targetId, state, ...content });
        expect(result.warnings, state).toEqual([]);
        const copy = loadWorkshopData(core.db(), targetId);
        expect(stepsOf(copy, state), state).toEqual(stepsOf(source, state));
        expect(lanesOf(copy, state), state).toEqual(lanesOf(source, state));
      }
      await core.close();
    },
  );
});
