import { randomUUID } from 'node:crypto';
import { MAP_STATES, type MapState } from '../../../shared/domain/types.js';
import { mapOf, ownerOfStep } from '../repo/owners.js';
import { AppError } from '../store/errors.js';
import type { Edit } from './edit.js';
import { deleteStep, stepsOf } from './steps.js';
import type { Row } from './tables.js';

/**
 * "Start future from current": copies lanes and steps, each copy keeping its origin step,
 * which is what the comparison follows. A map that already has steps is replaced only on request.
 */
export function startFrom(
  edit: Edit,
  workshopId: string,
  source: MapState,
  target: MapState,
  replace: boolean,
): number {
  const from = mapOf(edit.db, workshopId, source);
  const to = mapOf(edit.db, workshopId, target);
  const existing = stepsOf(edit, to.mapId);
  if (existing.length > 0 && !replace)
    throw new AppError(
      'conflict',
      `The ${target} map already has ${existing.length} step(s). Replace them?`,
      'replace',
    );
  for (const s of existing) deleteStep(edit, s.id);
  for (const id of edit.db.prepare(`SELECT id FROM lanes WHERE map_id = ?`).pluck().all(to.mapId) as string[])
    edit.delete('lanes', { id });

  const laneIds = new Map<string, string>();
  for (const lane of edit.db
    .prepare(`SELECT * FROM lanes WHERE map_id = ? ORDER BY position`)
    .all(from.mapId) as Row[]) {
    const id = randomUUID();
    laneIds.set(lane.id as string, id);
    edit.insert('lanes', { ...lane, id, map_id: to.mapId });
  }
  const steps = edit.db
    .prepare(`SELECT * FROM steps WHERE map_id = ? ORDER BY position`)
    .all(from.mapId) as Row[];
  for (const step of steps) {
    edit.insert('steps', {
      ...step,
      id: randomUUID(),
      map_id: to.mapId,
      lane_id: step.lane_id ? (laneIds.get(step.lane_id as string) ?? null) : null,
      origin_step_id: MAP_STATES.indexOf(source) < MAP_STATES.indexOf(target) ? step.id : null,
    });
  }
  return steps.length;
}

/** A hand-made correspondence; the earlier state's step is always `from`. */
export function createLink(edit: Edit, a: string, b: string): string {
  const oa = ownerOfStep(edit.db, a);
  const ob = ownerOfStep(edit.db, b);
  if (oa.workshopId !== ob.workshopId || oa.state === ob.state)
    throw new AppError(
      'invalid_input',
      'toStepId: must be a step of another state in the same workshop',
      'toStepId',
    );
  const [from, to] = MAP_STATES.indexOf(oa.state) < MAP_STATES.indexOf(ob.state) ? [a, b] : [b, a];
  if (edit.db.prepare(`SELECT 1 FROM step_links WHERE from_step_id = ? AND to_step_id = ?`).get(from, to))
    throw new AppError('conflict', 'These steps are already linked.');
  const id = randomUUID();
  edit.insert('step_links', {
    id,
    from_step_id: from,
    to_step_id: to,
    source: 'manual',
    created_at: new Date().toISOString(),
  });
  return id;
}
