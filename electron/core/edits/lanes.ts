import { randomUUID } from 'node:crypto';
import type { LaneKind } from '../../../shared/domain/types.js';
import { AppError } from '../store/errors.js';
import type { Edit } from './edit.js';
import { moved, renumber } from './order.js';

type LaneRef = { id: string; position: number; name: string };

export function lanesOf(edit: Edit, mapId: string): LaneRef[] {
  return edit.db
    .prepare(`SELECT id, position, name FROM lanes WHERE map_id = ? ORDER BY position, rowid`)
    .all(mapId) as LaneRef[];
}

function sameName(edit: Edit, mapId: string, name: string, except?: string): LaneRef | undefined {
  return lanesOf(edit, mapId).find((l) => l.name.toLowerCase() === name.toLowerCase() && l.id !== except);
}

export function createLane(edit: Edit, mapId: string, name: string, kind: LaneKind = 'role'): string {
  if (sameName(edit, mapId, name))
    throw new AppError('conflict', `There is already a lane called "${name}".`, 'name');
  const id = randomUUID();
  edit.insert('lanes', { id, map_id: mapId, name, kind, position: lanesOf(edit, mapId).length });
  return id;
}

/** The lane with this name (any case), created at the bottom if there is none. */
export function laneByName(edit: Edit, mapId: string, name: string): string {
  return sameName(edit, mapId, name)?.id ?? createLane(edit, mapId, name);
}

export function updateLane(
  edit: Edit,
  mapId: string,
  laneId: string,
  patch: { name?: string; kind?: LaneKind },
) {
  if (patch.name !== undefined && sameName(edit, mapId, patch.name, laneId))
    throw new AppError('conflict', `There is already a lane called "${patch.name}".`, 'name');
  edit.update(
    'lanes',
    { id: laneId },
    {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.kind ? { kind: patch.kind } : {}),
    },
  );
}

export function moveLane(edit: Edit, mapId: string, laneId: string, delta: number): void {
  const lanes = lanesOf(edit, mapId);
  const from = lanes.findIndex((l) => l.id === laneId);
  renumber(edit, 'lanes', moved(lanes, from, from + delta));
}

/** Deleting a lane that holds steps needs to know where they go. */
export function deleteLane(edit: Edit, mapId: string, laneId: string, moveStepsTo: string | null): void {
  const steps = edit.db.prepare(`SELECT id FROM steps WHERE lane_id = ?`).pluck().all(laneId) as string[];
  if (steps.length > 0) {
    if (moveStepsTo === null)
      throw new AppError(
        'conflict',
        `This lane has ${steps.length} step(s): choose the lane they move to.`,
        'moveStepsTo',
      );
    if (moveStepsTo === laneId || !lanesOf(edit, mapId).some((l) => l.id === moveStepsTo))
      throw new AppError('invalid_input', 'moveStepsTo: must be another lane of the same map', 'moveStepsTo');
    for (const id of steps) edit.update('steps', { id }, { lane_id: moveStepsTo });
  }
  edit.delete('lanes', { id: laneId });
  renumber(edit, 'lanes', lanesOf(edit, mapId));
}
