import type { AppCore } from '../../../electron/core/app-core.js';
import type { MapState } from '../../../shared/domain/types.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';

/** The workshop as a user sees it: every id replaced by its position in a first-seen order. */
export function canonical(data: WorkshopData): unknown {
  const seen = new Map<string, string>();
  const json = JSON.stringify(data, (key, value: unknown) => {
    if (['createdAt', 'updatedAt'].includes(key)) return undefined;
    if (typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(value)) {
      if (!seen.has(value)) seen.set(value, `#${seen.size}`);
      return seen.get(value);
    }
    return value;
  });
  return JSON.parse(json);
}

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
