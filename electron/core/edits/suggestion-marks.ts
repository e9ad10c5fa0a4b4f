import { randomUUID } from 'node:crypto';
import type { SuggestionMark } from '../../../shared/ipc/compare.channels.js';
import type { RoomAdd } from '../../../shared/ipc/room.channels.js';
import type { Db } from '../store/database.js';
import type { Edit } from './edit.js';
import { addRoomItem } from './room.js';

/** Decisions about the comparison's suggestions; every change goes through the edit log. */

export function listMarks(db: Db, workshopId: string): SuggestionMark[] {
  return db
    .prepare(
      `SELECT key, decision, finding_id AS findingId FROM suggestion_marks WHERE workshop_id = ? ORDER BY created_at, key`,
    )
    .all(workshopId) as SuggestionMark[];
}

function markId(edit: Edit, workshopId: string, key: string): string | undefined {
  return edit.db
    .prepare(`SELECT id FROM suggestion_marks WHERE workshop_id = ? AND key = ?`)
    .pluck()
    .get(workshopId, key) as string | undefined;
}

/** Removes the decision about a suggestion, if there is one. */
export function clearMark(edit: Edit, workshopId: string, key: string): void {
  const id = markId(edit, workshopId, key);
  if (id) edit.delete('suggestion_marks', { id });
}

function setMark(
  edit: Edit,
  workshopId: string,
  key: string,
  decision: SuggestionMark['decision'],
  findingId: string | null,
): void {
  clearMark(edit, workshopId, key);
  edit.insert('suggestion_marks', {
    id: randomUUID(),
    workshop_id: workshopId,
    key,
    decision,
    finding_id: findingId,
    created_at: new Date().toISOString(),
  });
}

export function rejectSuggestion(edit: Edit, workshopId: string, key: string): void {
  setMark(edit, workshopId, key, 'rejected', null);
}

/** Adds the finding (marked as suggested) and remembers which suggestion it came from. */
export function acceptFinding(
  edit: Edit,
  workshopId: string,
  key: string,
  finding: Omit<Extract<RoomAdd, { kind: 'finding' }>, 'kind'>,
): string {
  const id = addRoomItem(edit, workshopId, { ...finding, kind: 'finding', suggested: true });
  setMark(edit, workshopId, key, 'accepted', id);
  return id;
}
