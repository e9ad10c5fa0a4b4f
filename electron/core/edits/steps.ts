import { randomUUID } from 'node:crypto';
import { MAP_STATES } from '../../../shared/domain/types.js';
import type { StepPatch } from '../../../shared/ipc/step-fields.js';
import { ownerOfStep } from '../repo/owners.js';
import { AppError } from '../store/errors.js';
import type { Edit } from './edit.js';
import { laneByName, lanesOf } from './lanes.js';
import { moved, renumber } from './order.js';
import type { Row } from './tables.js';
import { unlinkSource } from './finding-sources.js';

type StepRef = { id: string; position: number };

export function stepsOf(edit: Edit, mapId: string): StepRef[] {
  return edit.db
    .prepare(`SELECT id, position FROM steps WHERE map_id = ? ORDER BY position, rowid`)
    .all(mapId) as StepRef[];
}

const COLUMNS: Partial<Record<keyof StepPatch, string>> = {
  title: 'title',
  description: 'description',
  kind: 'kind',
  laneId: 'lane_id',
  environment: 'environment',
  processMinutes: 'process_minutes',
  waitMinutes: 'wait_minutes',
  pctCompleteAccurate: 'pct_complete_accurate',
  automation: 'automation',
  valueClass: 'value_class',
  notes: 'notes',
  originStepId: 'origin_step_id',
};

/** Turns an editor patch into column values, resolving lanes by name and checking references. */
function columnsFor(edit: Edit, mapId: string, stepId: string | null, patch: StepPatch): Row {
  const set: Row = {};
  for (const [field, column] of Object.entries(COLUMNS)) {
    const value = patch[field as keyof StepPatch];
    if (value !== undefined) set[column] = value;
  }
  if (patch.tools) set.tools = JSON.stringify([...new Set(patch.tools.map((t) => t.trim()).filter(Boolean))]);
  if (patch.laneName !== undefined) set.lane_id = laneByName(edit, mapId, patch.laneName);
  else if (patch.laneId && !lanesOf(edit, mapId).some((l) => l.id === patch.laneId))
    throw new AppError('invalid_input', 'laneId: must be a lane of the same map', 'laneId');
  if (patch.originStepId) {
    const here = ownerOfStep(edit.db, stepId ?? '');
    const origin = ownerOfStep(edit.db, patch.originStepId);
    if (
      origin.workshopId !== here.workshopId ||
      MAP_STATES.indexOf(origin.state) >= MAP_STATES.indexOf(here.state)
    )
      throw new AppError('invalid_input', 'originStepId: must be a step of an earlier state', 'originStepId');
  }
  return set;
}

export function createStep(
  edit: Edit,
  mapId: string,
  afterStepId: string | null,
  fields: StepPatch = {},
): string {
  const steps = stepsOf(edit, mapId);
  let index = steps.length;
  let laneId: string | null = lanesOf(edit, mapId)[0]?.id ?? null;
  if (afterStepId) {
    const after = steps.findIndex((s) => s.id === afterStepId);
    if (after < 0)
      throw new AppError('not_found', 'The step to insert after is not in this map.', 'afterStepId');
    index = after + 1;
    laneId = edit.db.prepare(`SELECT lane_id FROM steps WHERE id = ?`).pluck().get(afterStepId) as
      string | null;
  }
  edit.reposition(
    'steps',
    steps.slice(index).map((s, i) => ({ id: s.id, from: s.position, to: index + i + 1 })),
  );
  const id = randomUUID();
  const { origin_step_id: _ignored, ...set } = columnsFor(edit, mapId, null, {
    ...fields,
    originStepId: undefined,
  });
  edit.insert('steps', { id, map_id: mapId, lane_id: laneId, position: index, title: '', ...set });
  return id;
}

export function updateStep(edit: Edit, stepId: string, patch: StepPatch): void {
  const { mapId } = ownerOfStep(edit.db, stepId);
  edit.update('steps', { id: stepId }, columnsFor(edit, mapId, stepId, patch));
}

/** Removes a step and, recorded one by one so undo restores them, everything that refers to it. */
export function deleteStep(edit: Edit, stepId: string): void {
  const { mapId } = ownerOfStep(edit.db, stepId);
  const ids = (sql: string) => edit.db.prepare(sql).pluck().all(stepId) as string[];
  for (const pp of ids(`SELECT id FROM pain_points WHERE step_id = ?`)) {
    for (const v of edit.db
      .prepare(`SELECT id FROM votes WHERE target_type = 'pain_point' AND target_id = ?`)
      .pluck()
      .all(pp))
      edit.delete('votes', { id: v });
    unlinkSource(edit, 'pain_point', pp);
    edit.delete('pain_points', { id: pp });
  }
  for (const l of ids(`SELECT id FROM step_links WHERE ? IN (from_step_id, to_step_id)`))
    edit.delete('step_links', { id: l });
  for (const f of ids(`SELECT finding_id FROM finding_steps WHERE step_id = ?`))
    edit.delete('finding_steps', { finding_id: f, step_id: stepId });
  for (const table of ['parking_lot', 'evidence'])
    for (const id of ids(`SELECT id FROM ${table} WHERE step_id = ?`))
      edit.update(table, { id }, { step_id: null });
  for (const id of ids(`SELECT id FROM steps WHERE origin_step_id = ?`))
    edit.update('steps', { id }, { origin_step_id: null });
  edit.delete('steps', { id: stepId });
  renumber(edit, 'steps', stepsOf(edit, mapId));
}

export function moveStep(edit: Edit, stepId: string, delta: number): void {
  const { mapId } = ownerOfStep(edit.db, stepId);
  const steps = stepsOf(edit, mapId);
  const from = steps.findIndex((s) => s.id === stepId);
  renumber(edit, 'steps', moved(steps, from, from + delta));
}

export function duplicateStep(edit: Edit, stepId: string): string {
  const { mapId } = ownerOfStep(edit.db, stepId);
  const source = edit.db.prepare(`SELECT * FROM steps WHERE id = ?`).get(stepId) as Row;
  const id = createStep(edit, mapId, stepId);
  const { id: _id, position: _p, map_id: _m, origin_step_id: _o, ...copy } = source;
  edit.update('steps', { id }, copy);
  return id;
}
