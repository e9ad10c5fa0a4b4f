import { randomUUID } from 'node:crypto';
import { MAP_STATES, type WorkshopStatus } from '../../../shared/domain/types.js';
import type { WorkshopDetail, WorkshopCreateInput } from '../../../shared/ipc/workshop.channels.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import { tagsOf } from './tags.js';
import {
  type EngagementRow,
  type WorkshopRow,
  type WorkshopSummaryRow,
  toEngagement,
  toSummary,
  toWorkshop,
} from './rows.js';

/** Finds the client's engagement (same client and name, case-insensitive) or starts one. */
function engagementFor(db: Db, client: string, name: string, now: string): string {
  const found = db
    .prepare<[string, string], { id: string }>(
      `SELECT id FROM engagements WHERE client = ? COLLATE NOCASE AND name = ? COLLATE NOCASE AND status = 'active'
       ORDER BY created_at LIMIT 1`,
    )
    .get(client, name);
  if (found) return found.id;
  const id = randomUUID();
  db.prepare(
    `INSERT INTO engagements (id, client, name, status, created_at, updated_at) VALUES (?, ?, ?, 'active', ?, ?)`,
  ).run(id, client, name, now, now);
  return id;
}

/** One transaction: engagement, workshop, its process and the three empty maps. */
export function createWorkshop(db: Db, input: WorkshopCreateInput): WorkshopDetail {
  const now = new Date().toISOString();
  const id = randomUUID();
  db.transaction(() => {
    const engagementId = engagementFor(db, input.client, input.engagementName ?? '', now);
    db.prepare(
      `INSERT INTO workshops (id, engagement_id, title, date, location, facilitator, objectives, status, created_at, updated_at)
       VALUES (@id, @engagementId, @title, @date, @location, @facilitator, @objectives, 'draft', @now, @now)`,
    ).run({
      id,
      engagementId,
      title: input.title,
      date: input.date ?? null,
      location: input.location ?? '',
      facilitator: input.facilitator ?? '',
      objectives: input.objectives ?? '',
      now,
    });
    const processId = randomUUID();
    db.prepare(`INSERT INTO processes (id, workshop_id, name) VALUES (?, ?, ?)`).run(
      processId,
      id,
      input.title,
    );
    const insertMap = db.prepare(`INSERT INTO maps (id, process_id, state) VALUES (?, ?, ?)`);
    for (const state of MAP_STATES) insertMap.run(randomUUID(), processId, state);
  })();
  return getWorkshop(db, id);
}

export function getWorkshop(db: Db, id: string): WorkshopDetail {
  const w = db
    .prepare<[string], WorkshopRow>(`SELECT * FROM workshops WHERE id = ? AND deleted_at IS NULL`)
    .get(id);
  if (!w) throw new AppError('not_found', 'That workshop does not exist (it may have been deleted).', 'id');
  const e = db
    .prepare<[string], EngagementRow>(`SELECT * FROM engagements WHERE id = ?`)
    .get(w.engagement_id)!;
  return { workshop: { ...toWorkshop(w), tags: tagsOf(db, id) }, engagement: toEngagement(e) };
}

export function listWorkshops(db: Db, opts: { includeArchived?: boolean; status?: WorkshopStatus } = {}) {
  const where = ['w.deleted_at IS NULL'];
  const params: string[] = [];
  if (opts.status) {
    where.push('w.status = ?');
    params.push(opts.status);
  }
  if (!opts.includeArchived) where.push(`w.archived_at IS NULL`);
  const rows = db
    .prepare<string[], WorkshopSummaryRow>(
      `SELECT w.id, w.title, e.client, w.engagement_id, w.date, w.status, w.archived_at, w.updated_at
       FROM workshops w JOIN engagements e ON e.id = w.engagement_id
       WHERE ${where.join(' AND ')}
       ORDER BY w.updated_at DESC, w.id`,
    )
    .all(...params);
  return rows.map(toSummary);
}
