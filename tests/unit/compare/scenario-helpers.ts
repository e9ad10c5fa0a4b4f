/** Loads a hand-labelled scenario through the real CSV import into a real SQLite store. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppCore } from '../../../electron/core/app-core.js';
import { compareWorkshop, rejectedPairs } from '../../../shared/compare/index.js';
import type { ComparisonResult } from '../../../shared/compare/index.js';
import { MAP_STATES, type MapState } from '../../../shared/domain/types.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { invoke } from '../../helpers/core.js';

export const SCENARIO_DIR = join(__dirname, '../../fixtures/scenarios');
export const SCENARIOS = readdirSync(SCENARIO_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

export interface Truth {
  links: [string, string][];
  status: Record<string, string>;
}

const LETTER: Record<MapState, string> = { current: 'C', future: 'F', actual: 'A' };

export async function importScenario(core: AppCore, name: string): Promise<string> {
  const created = await invoke(core, 'workshop:create', { client: 'Scenario', title: name });
  const workshopId = created.workshop.id;
  for (const state of MAP_STATES) {
    const content = readFileSync(join(SCENARIO_DIR, name, `${state}.csv`), 'utf8');
    await invoke(core, 'csv:import', { workshopId, state, content });
  }
  return workshopId;
}

export async function compareScenario(core: AppCore, workshopId: string) {
  const data = await invoke(core, 'workshop:data', { id: workshopId });
  const marks = await invoke(core, 'suggestion:list', { workshopId });
  const result = compareWorkshop({
    maps: data.maps,
    links: data.links,
    options: { hoursPerDay: data.workshop.hoursPerDay, automatic: { rejected: rejectedPairs(marks) } },
  });
  return { data, result };
}

/** Step id ↔ label ("C3" = third current step). */
export function labels(data: WorkshopData): { idOf: Map<string, string>; labelOf: Map<string, string> } {
  const idOf = new Map<string, string>();
  const labelOf = new Map<string, string>();
  for (const state of MAP_STATES) {
    data.maps[state].steps.forEach((step, i) => {
      idOf.set(`${LETTER[state]}${i + 1}`, step.id);
      labelOf.set(step.id, `${LETTER[state]}${i + 1}`);
    });
  }
  return { idOf, labelOf };
}

/** Every (step, counterpart) pair of a correspondence, as labels "C1>F1". */
export function counterpartPairs(result: ComparisonResult, labelOf: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const entry of Object.values(result.correspondence.byStep)) {
    for (const state of MAP_STATES) {
      for (const other of entry.counterparts[state])
        out.add(`${labelOf.get(entry.stepId)}>${labelOf.get(other)}`);
    }
  }
  return out;
}

export function readTruth(name: string): Truth {
  return JSON.parse(readFileSync(join(SCENARIO_DIR, name, 'truth.json'), 'utf8')) as Truth;
}
