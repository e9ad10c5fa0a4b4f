import type { ProcessMap } from './types.js';

/**
 * The one definition of a map's lanes for counting: the lanes that hold at least one step. Empty
 * lanes (left over after steps moved, or typed ahead) are offered for removal, never counted, so
 * the stepper, Compare and the report always give the same number.
 */
export function usedLaneIds(map: Pick<ProcessMap, 'lanes' | 'steps'>): Set<string> {
  const known = new Set(map.lanes.map((lane) => lane.id));
  const used = new Set<string>();
  for (const step of map.steps) if (step.laneId !== null && known.has(step.laneId)) used.add(step.laneId);
  return used;
}
