import { cleanTags, tagsOf } from '../repo/tags.js';
import type { Edit } from './edit.js';
import type { Row } from './tables.js';

export interface WorkshopPatch {
  title?: string;
  client?: string;
  date?: string | null;
  location?: string;
  facilitator?: string;
  objectives?: string;
  hoursPerDay?: number;
  status?: string;
  tags?: string[];
}

/** Workshop fields; a new client name renames the engagement's client. */
export function updateWorkshop(edit: Edit, workshopId: string, patch: WorkshopPatch): void {
  const { client, hoursPerDay, tags, ...rest } = patch;
  const set: Row = { ...rest };
  if (hoursPerDay !== undefined) set.hours_per_day = hoursPerDay;
  edit.update('workshops', { id: workshopId }, set);
  if (tags !== undefined) setTags(edit, workshopId, cleanTags(tags));
  if (client !== undefined) {
    const engagementId = edit.db
      .prepare(`SELECT engagement_id FROM workshops WHERE id = ?`)
      .pluck()
      .get(workshopId);
    edit.update('engagements', { id: engagementId }, { client });
  }
}

export function updateProcess(
  edit: Edit,
  workshopId: string,
  patch: { name?: string; startTrigger?: string; endOutcome?: string },
): void {
  const id = edit.db
    .prepare(`SELECT id FROM processes WHERE workshop_id = ? ORDER BY rowid LIMIT 1`)
    .pluck()
    .get(workshopId);
  const set: Row = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.startTrigger !== undefined) set.start_trigger = patch.startTrigger;
  if (patch.endOutcome !== undefined) set.end_outcome = patch.endOutcome;
  edit.update('processes', { id }, set);
}

function setTags(edit: Edit, workshopId: string, tags: string[]): void {
  const current = tagsOf(edit.db, workshopId);
  const lower = (list: string[]) => new Set(list.map((t) => t.toLowerCase()));
  const wanted = lower(tags);
  const have = lower(current);
  for (const t of current)
    if (!wanted.has(t.toLowerCase())) edit.delete('workshop_tags', { workshop_id: workshopId, tag: t });
  for (const t of tags)
    if (!have.has(t.toLowerCase())) edit.insert('workshop_tags', { workshop_id: workshopId, tag: t });
}
