import { TRASH_DAYS, type LibraryItem } from '../../../shared/ipc/library.channels.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { type CrossEngagementReview, reviewEngagements } from '../../../shared/library/cross-engagement.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import { type WorkshopSummaryRow, toSummary } from './rows.js';
import { loadWorkshopData } from './snapshot-load.js';
import { insertWorkshopData } from './snapshot-insert.js';

interface LibraryRow extends WorkshopSummaryRow {
  tags: string;
  created_at: string;
  deleted_at: string | null;
  last_opened_at: string | null;
}

export function listLibrary(db: Db): LibraryItem[] {
  return db
    .prepare<[], LibraryRow>(
      `SELECT w.id, w.title, e.client, w.engagement_id, w.date, w.status, w.archived_at, w.updated_at,
         w.created_at, w.deleted_at, w.last_opened_at,
         (SELECT json_group_array(tag) FROM (SELECT tag FROM workshop_tags t WHERE t.workshop_id = w.id
           ORDER BY tag COLLATE NOCASE)) AS tags
       FROM workshops w JOIN engagements e ON e.id = w.engagement_id
       ORDER BY w.updated_at DESC, w.id`,
    )
    .all()
    .map((r) => ({
      ...toSummary(r),
      createdAt: r.created_at,
      deletedAt: r.deleted_at,
      lastOpenedAt: r.last_opened_at,
      tags: JSON.parse(r.tags) as string[],
    }));
}

/** Runs an update on one workshop row, or says it does not exist (in the state `where` requires). */
function updateOne(db: Db, sql: string, params: unknown[], message: string): void {
  if (db.prepare(sql).run(...params).changes === 0) throw new AppError('not_found', message, 'workshopId');
}

export function markOpened(db: Db, workshopId: string, now = new Date()): { lastOpenedAt: string } {
  const at = now.toISOString();
  updateOne(
    db,
    `UPDATE workshops SET last_opened_at = ? WHERE id = ? AND deleted_at IS NULL`,
    [at, workshopId],
    'That workshop does not exist (it may have been deleted).',
  );
  return { lastOpenedAt: at };
}

/** Puts a workshop away in (or back from) the Archived view; its status stays as the facilitator set it. */
export function archiveWorkshop(
  db: Db,
  workshopId: string,
  archived: boolean,
  now = new Date(),
): { archived: boolean } {
  updateOne(
    db,
    `UPDATE workshops SET archived_at = ? WHERE id = ? AND deleted_at IS NULL AND (archived_at IS NULL) = ?`,
    [archived ? now.toISOString() : null, workshopId, archived ? 1 : 0],
    archived ? 'That workshop does not exist or is already archived.' : 'That workshop is not archived.',
  );
  return { archived };
}

export function trashWorkshop(db: Db, workshopId: string, now = new Date()): { deletedAt: string } {
  const at = now.toISOString();
  updateOne(
    db,
    `UPDATE workshops SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`,
    [at, workshopId],
    'That workshop does not exist or is already in the trash.',
  );
  return { deletedAt: at };
}

export function restoreWorkshop(db: Db, workshopId: string): { restored: true } {
  updateOne(
    db,
    `UPDATE workshops SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL`,
    [workshopId],
    'That workshop is not in the trash.',
  );
  return { restored: true };
}

export function purgeWorkshop(db: Db, workshopId: string): { purged: true } {
  updateOne(
    db,
    `DELETE FROM workshops WHERE id = ? AND deleted_at IS NOT NULL`,
    [workshopId],
    'Only a workshop in the trash can be deleted for good.',
  );
  return { purged: true };
}

/** Deletes, for good, workshops that have been in the trash longer than TRASH_DAYS; returns how many. */
export function purgeOldTrash(db: Db, now = new Date()): number {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * 24 * 60 * 60 * 1000).toISOString();
  return db.prepare(`DELETE FROM workshops WHERE deleted_at IS NOT NULL AND deleted_at < ?`).run(cutoff)
    .changes;
}

export interface DuplicateOptions {
  workshopId: string;
  title?: string | undefined;
  withoutAttendees: boolean;
  withoutTimes: boolean;
}

/** The workshop as a template for the next engagement: maps and findings kept, the room optionally left out. */
export function templateOf(data: WorkshopData, opts: DuplicateOptions): WorkshopData {
  const copy: WorkshopData = {
    ...data,
    workshop: { ...data.workshop, status: 'draft', date: null },
  };
  if (opts.withoutAttendees) {
    copy.attendees = [];
    // Dots and quotes are attributed to people by name.
    copy.votes = [];
    copy.evidence = data.evidence.map((e) => ({ ...e, speaker: '' }));
  }
  if (opts.withoutTimes) {
    const untimed = (state: keyof WorkshopData['maps']) => ({
      ...data.maps[state],
      steps: data.maps[state].steps.map((s) => ({ ...s, processMinutes: null, waitMinutes: null })),
    });
    copy.maps = { current: untimed('current'), future: untimed('future'), actual: untimed('actual') };
  }
  return copy;
}

export function duplicateWorkshop(db: Db, opts: DuplicateOptions): { workshopId: string } {
  const data = loadWorkshopData(db, opts.workshopId);
  const title = opts.title ?? `${data.workshop.title} (copy)`;
  return { workshopId: insertWorkshopData(db, templateOf(data, opts), { mode: 'new', title }) };
}

/** Every workshop not in the trash, compared on its own, then read across for recurring themes. */
export function reviewLibrary(db: Db): CrossEngagementReview {
  const ids = db
    .prepare<[], string>(`SELECT id FROM workshops WHERE deleted_at IS NULL ORDER BY date DESC, title`)
    .pluck()
    .all();
  return reviewEngagements(ids.map((id) => loadWorkshopData(db, id)));
}
