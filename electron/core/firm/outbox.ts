import { randomUUID } from 'node:crypto';
import { serializeTriptych } from '../../../shared/exchange/triptych-file.js';
import type { OutboxItem, PublishOptions, PublishedVersion } from '../../../shared/firm/types.js';
import { loadWorkshopData } from '../repo/snapshot-load.js';
import type { Db } from '../store/database.js';

interface OutboxRow {
  id: string;
  workshop_id: string;
  title: string;
  visibility: OutboxItem['visibility'];
  team: string | null;
  industry: string;
  content: string;
  queued_at: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string | null;
  sent_at: string | null;
  version_id: string | null;
  version: number | null;
}

export type OutboxEntry = OutboxItem & { industry: string; content: string };

function toItem(r: OutboxRow): OutboxEntry {
  return {
    id: r.id,
    workshopId: r.workshop_id,
    title: r.title,
    visibility: r.visibility,
    team: r.team,
    industry: r.industry,
    content: r.content,
    queuedAt: r.queued_at,
    attempts: r.attempts,
    lastError: r.last_error,
    nextAttemptAt: r.next_attempt_at,
    sentAt: r.sent_at,
    versionId: r.version_id,
    version: r.version,
  };
}

/** The workshop as it is now, queued with a fresh idempotency key, in one SQLite transaction. */
export function enqueuePublish(
  db: Db,
  workshopId: string,
  opts: PublishOptions,
  now = new Date(),
): OutboxEntry {
  return db.transaction(() => {
    const data = loadWorkshopData(db, workshopId);
    const id = randomUUID();
    db.prepare(
      `INSERT INTO firm_outbox (id, workshop_id, title, visibility, team, industry, content, queued_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      workshopId,
      data.workshop.title,
      opts.visibility,
      opts.visibility === 'team' ? opts.team : null,
      opts.industry,
      serializeTriptych(data, now),
      now.toISOString(),
    );
    return outboxEntry(db, id)!;
  })();
}

export function outboxEntry(db: Db, id: string): OutboxEntry | null {
  const row = db.prepare<[string], OutboxRow>(`SELECT * FROM firm_outbox WHERE id = ?`).get(id);
  return row ? toItem(row) : null;
}

/** Waiting publishes, oldest first; only those due at `now` unless every one is asked for. */
export function waitingEntries(db: Db, now?: Date): OutboxEntry[] {
  const rows = now
    ? db
        .prepare<[string], OutboxRow>(
          `SELECT * FROM firm_outbox WHERE sent_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
           ORDER BY queued_at, id`,
        )
        .all(now.toISOString())
    : db
        .prepare<[], OutboxRow>(`SELECT * FROM firm_outbox WHERE sent_at IS NULL ORDER BY queued_at, id`)
        .all();
  return rows.map(toItem);
}

/** What the UI lists: everything waiting, then the last few sent. */
export function listOutbox(db: Db, sentShown = 5): OutboxItem[] {
  const sent = db
    .prepare<[number], OutboxRow>(
      `SELECT * FROM firm_outbox WHERE sent_at IS NOT NULL ORDER BY sent_at DESC LIMIT ?`,
    )
    .all(sentShown);
  return [...waitingEntries(db), ...sent.map(toItem)].map(({ content: _c, industry: _i, ...item }) => item);
}

export function markSent(db: Db, id: string, v: PublishedVersion, now = new Date()): void {
  db.prepare(
    `UPDATE firm_outbox SET sent_at = ?, version_id = ?, version = ?, last_error = NULL, next_attempt_at = NULL
     WHERE id = ? AND sent_at IS NULL`,
  ).run(now.toISOString(), v.id, v.version, id);
}

/** Exponential backoff: 2 s, 4 s, 8 s … capped at 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(2000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
}

export function markFailed(db: Db, id: string, error: string, now = new Date()): void {
  const row = db
    .prepare<[string], { attempts: number }>(`SELECT attempts FROM firm_outbox WHERE id = ?`)
    .get(id);
  if (!row) return;
  const attempts = row.attempts + 1;
  db.prepare(`UPDATE firm_outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?`).run(
    attempts,
    error.slice(0, 500),
    new Date(now.getTime() + backoffMs(attempts)).toISOString(),
    id,
  );
}

/** Removes a publish that has not been sent (a sent one is history and stays). */
export function discardEntry(db: Db, id: string): boolean {
  return db.prepare(`DELETE FROM firm_outbox WHERE id = ? AND sent_at IS NULL`).run(id).changes === 1;
}

/** The earliest time a waiting publish is due, for the background timer. */
export function nextDue(db: Db): Date | null {
  const v = db
    .prepare<[], { t: string | null }>(
      `SELECT min(coalesce(next_attempt_at, queued_at)) AS t FROM firm_outbox WHERE sent_at IS NULL`,
    )
    .get();
  return v?.t ? new Date(v.t) : null;
}
