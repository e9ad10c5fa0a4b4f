import type { AppCore } from '../../../electron/core/app-core.js';
import { invoke } from '../../helpers/core.js';
import type { MapState } from '../../../shared/domain/types.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';

const TABLES = [
  'workshops',
  'engagements',
  'lanes',
  'steps',
  'pain_points',
  'findings',
  'search_index',
  'edits',
];

/** Row counts of the tables an import writes, to show a refused import wrote nothing. */
export function counts(core: AppCore): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, core.db().prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
  );
}

/** A state's steps as an import sees them: every field but ids, with its lane's name and pain points. */
export function stepsOf(data: WorkshopData, state: MapState) {
  const map = data.maps[state];
  return map.steps.map((s) => ({
    lane: map.lanes.find((l) => l.id === s.laneId)?.name ?? null,
    ...s,
    id: undefined,
    mapId: undefined,
    laneId: undefined,
    originStepId: undefined,
    pain: data.painPoints.filter((p) => p.stepId === s.id).map((p) => p.text),
  }));
}

/** A new workshop with nothing mapped, for an import to fill. */
export async function emptyWorkshop(core: AppCore, title = 'Imported'): Promise<string> {
  return (await invoke(core, 'workshop:create', { client: 'Acme', title })).workshop.id;
}
