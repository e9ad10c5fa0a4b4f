import { randomUUID } from 'node:crypto';
import type { RoomAdd, RoomKind, RoomUpdate } from '../../../shared/ipc/room.channels.js';
import { ownerOfStep } from '../repo/owners.js';
import { AppError } from '../store/errors.js';
import type { Edit } from './edit.js';
import { moved } from './order.js';
import { setFindingSources, unlinkSource } from './finding-sources.js';
import { checkRef, checkRefs } from './room-refs.js';
import { ROOM_SPECS, type RoomSpec } from './room-specs.js';
import type { Row } from './tables.js';

function toColumns(spec: RoomSpec, fields: Record<string, unknown>): Row {
  const row: Row = {};
  for (const [field, column] of Object.entries(spec.columns)) {
    const value = fields[field];
    if (value === undefined) continue;
    row[column] = spec.booleans?.includes(field) ? (value ? 1 : 0) : value;
  }
  return row;
}

/** Rows of this kind in the workshop, in order (pain points: of one step). */
function siblings(
  edit: Edit,
  spec: RoomSpec,
  workshopId: string,
  stepId?: string,
): { id: string; position: number }[] {
  const where = spec.scope === 'step' ? 'step_id = ?' : 'workshop_id = ?';
  return edit.db
    .prepare(`SELECT id, position FROM ${spec.table} WHERE ${where} ORDER BY position, rowid`)
    .all(spec.scope === 'step' ? stepId : workshopId) as { id: string; position: number }[];
}

/** Refuses ids from another workshop: one workshop's edit never reaches into another. */
function checkOwner(edit: Edit, spec: RoomSpec, workshopId: string, id: string): Row {
  const row = edit.db.prepare(`SELECT * FROM ${spec.table} WHERE id = ?`).get(id) as Row | undefined;
  const owner = !row
    ? null
    : spec.scope === 'step'
      ? ownerOfStep(edit.db, row.step_id as string).workshopId
      : row.workshop_id;
  if (owner !== workshopId)
    throw new AppError('not_found', 'That item no longer exists (it may have been deleted).', 'id');
  return row!;
}

function setFindingSteps(edit: Edit, workshopId: string, findingId: string, stepIds: string[]): void {
  for (const s of stepIds) checkRef(edit.db, workshopId, 'step', s, 'stepIds');
  const current = edit.db
    .prepare(`SELECT step_id FROM finding_steps WHERE finding_id = ?`)
    .pluck()
    .all(findingId) as string[];
  for (const s of current)
    if (!stepIds.includes(s)) edit.delete('finding_steps', { finding_id: findingId, step_id: s });
  for (const s of new Set(stepIds))
    if (!current.includes(s)) edit.insert('finding_steps', { finding_id: findingId, step_id: s });
}

export function addRoomItem(edit: Edit, workshopId: string, item: RoomAdd): string {
  const spec = ROOM_SPECS[item.kind];
  const fields = item as Record<string, unknown>;
  checkRefs(edit.db, workshopId, fields);
  const id = randomUUID();
  const row: Row = { id, ...toColumns(spec, fields) };
  if (spec.scope === 'workshop') row.workshop_id = workshopId;
  if (spec.ordered) row.position = siblings(edit, spec, workshopId, fields.stepId as string).length;
  for (const [c, make] of Object.entries(spec.defaults ?? {}))
    row[c] = typeof make === 'function' ? make() : make;
  edit.insert(spec.table, row);
  if (item.kind === 'finding' && item.stepIds) setFindingSteps(edit, workshopId, id, item.stepIds);
  if (item.kind === 'finding' && item.sources) setFindingSources(edit, workshopId, id, item.sources);
  return id;
}

export function updateRoomItem(edit: Edit, workshopId: string, item: RoomUpdate): void {
  const spec = ROOM_SPECS[item.kind];
  checkOwner(edit, spec, workshopId, item.id);
  const patch = item.patch as Record<string, unknown>;
  checkRefs(edit.db, workshopId, patch);
  if (item.kind === 'vote' && (patch.targetType !== undefined || patch.targetId !== undefined)) {
    const row = edit.db.prepare(`SELECT target_type, target_id FROM votes WHERE id = ?`).get(item.id) as Row;
    checkRef(
      edit.db,
      workshopId,
      String(patch.targetType ?? row.target_type),
      patch.targetId ?? row.target_id,
      'targetId',
    );
  }
  edit.update(spec.table, { id: item.id }, toColumns(spec, patch));
  if (item.kind === 'finding' && item.patch.stepIds)
    setFindingSteps(edit, workshopId, item.id, item.patch.stepIds);
  if (item.kind === 'finding' && item.patch.sources)
    setFindingSources(edit, workshopId, item.id, item.patch.sources);
}

export function deleteRoomItem(edit: Edit, workshopId: string, kind: RoomKind, id: string): void {
  const spec = ROOM_SPECS[kind];
  const row = checkOwner(edit, spec, workshopId, id);
  const targetType = kind === 'pain_point' || kind === 'finding' || kind === 'parking_lot' ? kind : null;
  if (targetType)
    for (const v of edit.db
      .prepare(`SELECT id FROM votes WHERE target_type = ? AND target_id = ?`)
      .pluck()
      .all(targetType, id))
      edit.delete('votes', { id: v as string });
  if (kind === 'finding') {
    setFindingSteps(edit, workshopId, id, []);
    setFindingSources(edit, workshopId, id, []);
    for (const t of ['recommendations', 'actions'])
      for (const r of edit.db.prepare(`SELECT id FROM ${t} WHERE finding_id = ?`).pluck().all(id))
        edit.update(t, { id: r as string }, { finding_id: null });
  }
  if (kind === 'evidence' || kind === 'pain_point') unlinkSource(edit, kind, id);
  if (kind === 'recommendation')
    for (const r of edit.db.prepare(`SELECT id FROM actions WHERE recommendation_id = ?`).pluck().all(id))
      edit.update('actions', { id: r as string }, { recommendation_id: null });
  edit.delete(spec.table, { id });
  if (spec.ordered)
    siblings(edit, spec, workshopId, row.step_id as string).forEach((s, i) => {
      if (s.position !== i) edit.update(spec.table, { id: s.id }, { position: i });
    });
}

export function reorderRoomItem(
  edit: Edit,
  workshopId: string,
  kind: RoomKind,
  id: string,
  delta: number,
): void {
  const spec = ROOM_SPECS[kind];
  if (!spec.ordered) throw new AppError('invalid_input', `${kind} items have no order`, 'kind');
  const row = checkOwner(edit, spec, workshopId, id);
  const list = siblings(edit, spec, workshopId, row.step_id as string);
  const from = list.findIndex((s) => s.id === id);
  moved(list, from, from + delta).forEach((s, i) => {
    if (s.position !== i) edit.update(spec.table, { id: s.id }, { position: i });
  });
}
