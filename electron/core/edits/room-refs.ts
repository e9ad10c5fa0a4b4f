import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';

/** The workshop that owns a row of each kind a room item may point at; null when there is none. */
const OWNER_SQL: Record<string, string> = {
  step: `SELECT p.workshop_id FROM steps s JOIN maps m ON m.id = s.map_id JOIN processes p ON p.id = m.process_id WHERE s.id = ?`,
  pain_point: `SELECT p.workshop_id FROM pain_points pp JOIN steps s ON s.id = pp.step_id
    JOIN maps m ON m.id = s.map_id JOIN processes p ON p.id = m.process_id WHERE pp.id = ?`,
  finding: `SELECT workshop_id FROM findings WHERE id = ?`,
  evidence: `SELECT workshop_id FROM evidence WHERE id = ?`,
  recommendation: `SELECT workshop_id FROM recommendations WHERE id = ?`,
  parking_lot: `SELECT workshop_id FROM parking_lot WHERE id = ?`,
};

const FIELD_OF: Record<string, string> = {
  stepId: 'step',
  findingId: 'finding',
  recommendationId: 'recommendation',
};

const NAMES: Record<string, string> = {
  pain_point: 'pain point',
  parking_lot: 'parking-lot item',
  evidence: 'quote',
};

/** Refuses a reference to a row of another workshop, or to none at all, with a plain message. */
export function checkRef(db: Db, workshopId: string, kind: string, id: unknown, field: string): void {
  if (typeof id !== 'string') return;
  const owner = db.prepare(OWNER_SQL[kind]!).pluck().get(id);
  if (owner !== workshopId)
    throw new AppError('invalid_input', `${field}: must be a ${NAMES[kind] ?? kind} of this workshop`, field);
}

/**
 * Every cross-reference a room item's fields carry (step, finding, recommendation, vote target),
 * checked in the handler before anything is written, as for stepId.
 */
export function checkRefs(db: Db, workshopId: string, fields: Record<string, unknown>): void {
  for (const [field, kind] of Object.entries(FIELD_OF)) checkRef(db, workshopId, kind, fields[field], field);
  if (typeof fields.targetType === 'string')
    checkRef(db, workshopId, fields.targetType, fields.targetId, 'targetId');
  if (Array.isArray(fields.stepIds))
    for (const s of fields.stepIds) checkRef(db, workshopId, 'step', s, 'stepIds');
  if (Array.isArray(fields.sources))
    for (const s of fields.sources as { type: string; id: string }[])
      checkRef(db, workshopId, s.type, s.id, 'sources');
}
