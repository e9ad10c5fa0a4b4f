import type { MapState } from '../../../shared/domain/types.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';

/** Which workshop (and map) a row belongs to: edits are logged per workshop. */

export interface MapOwner {
  workshopId: string;
  mapId: string;
  state: MapState;
}

const MAP_SQL = `SELECT p.workshop_id AS workshopId, m.id AS mapId, m.state FROM maps m JOIN processes p ON p.id = m.process_id`;

function found<T>(row: T | undefined, what: string): T {
  if (!row) throw new AppError('not_found', `That ${what} no longer exists (it may have been deleted).`);
  return row;
}

export function ownerOfMap(db: Db, mapId: string): MapOwner {
  return found(db.prepare(`${MAP_SQL} WHERE m.id = ?`).get(mapId) as MapOwner | undefined, 'map');
}

export function ownerOfStep(db: Db, stepId: string): MapOwner {
  return found(
    db.prepare(`${MAP_SQL} WHERE m.id = (SELECT map_id FROM steps WHERE id = ?)`).get(stepId) as
      MapOwner | undefined,
    'step',
  );
}

export function ownerOfLane(db: Db, laneId: string): MapOwner {
  return found(
    db.prepare(`${MAP_SQL} WHERE m.id = (SELECT map_id FROM lanes WHERE id = ?)`).get(laneId) as
      MapOwner | undefined,
    'lane',
  );
}

export function mapOf(db: Db, workshopId: string, state: MapState): MapOwner {
  return found(
    db
      .prepare(`${MAP_SQL} WHERE p.workshop_id = ? AND m.state = ? ORDER BY p.rowid LIMIT 1`)
      .get(workshopId, state) as MapOwner | undefined,
    'map',
  );
}
