import { parseTriptych } from '../../../shared/exchange/triptych-file.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import type { FirmVersionSummary } from '../../../shared/firm/types.js';
import type { FirmReviewGroup } from '../../../shared/ipc/firm.channels.js';
import { reviewEngagements } from '../../../shared/library/cross-engagement.js';
import { templateOf } from '../repo/library.js';
import { insertWorkshopData } from '../repo/snapshot-insert.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import type { PgClient } from './pg-migration.js';
import { readVersion } from './search.js';

export interface OpenedVersion {
  summary: FirmVersionSummary;
  data: WorkshopData;
  mine: boolean;
}

/** A version this role may read, parsed; "not found" also when row-level security hides it. */
export async function openVersion(client: PgClient, versionId: string): Promise<OpenedVersion> {
  const found = await readVersion(client, versionId);
  if (!found)
    throw new AppError('not_found', 'No published version with this id is visible to you.', 'versionId');
  const parsed = parseTriptych(found.content);
  if (!parsed.ok) throw new AppError('conflict', `The published version cannot be read: ${parsed.message}`);
  return { summary: found.summary, data: parsed.data, mine: found.mine };
}

/** Into the local store as a new workshop (fresh ids, draft, no date), as Duplicate does. */
export function useAsTemplate(db: Db, opened: OpenedVersion, title?: string): { workshopId: string } {
  const copy = templateOf(opened.data, {
    workshopId: opened.data.workshop.id,
    withoutAttendees: false,
    withoutTimes: false,
  });
  return {
    workshopId: insertWorkshopData(db, copy, { mode: 'new', title: title ?? opened.data.workshop.title }),
  };
}

/** The consultant's own version back with its ids, so publishing again adds the next version. */
export function downloadToContinue(
  db: Db,
  opened: OpenedVersion,
  overwrite: boolean,
): { workshopId: string; replaced: boolean } {
  if (!opened.mine)
    throw new AppError(
      'forbidden',
      'Only the consultant who published it can download it to continue; use it as a template.',
    );
  const id = opened.data.workshop.id;
  const exists = db.prepare(`SELECT 1 FROM workshops WHERE id = ?`).get(id) !== undefined;
  if (exists && !overwrite)
    throw new AppError(
      'conflict',
      'This workshop is already in your library. Download again with "replace" to swap it for the published version.',
    );
  return { workshopId: insertWorkshopData(db, opened.data, { mode: 'replace' }), replaced: exists };
}

/** The latest visible version of each workshop, grouped by process name and industry. */
export async function reviewFirm(client: PgClient, max = 500): Promise<FirmReviewGroup[]> {
  const r = await client.query<{ content: unknown; process_name: string; industry: string }>(
    `SELECT content, process_name, industry FROM (
       SELECT DISTINCT ON (workshop_key) content, process_name, industry, published_at
       FROM firm.versions ORDER BY workshop_key, version DESC) latest
     ORDER BY published_at DESC LIMIT $1`,
    [max],
  );
  const groups = new Map<string, { processName: string; industry: string; data: WorkshopData[] }>();
  for (const row of r.rows) {
    const parsed = parseTriptych(JSON.stringify(row.content));
    if (!parsed.ok) continue;
    const key = `${row.process_name.trim().toLowerCase()}\u0000${row.industry.trim().toLowerCase()}`;
    const g = groups.get(key) ?? { processName: row.process_name, industry: row.industry, data: [] };
    g.data.push(parsed.data);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => b.data.length - a.data.length || a.processName.localeCompare(b.processName))
    .map((g) => ({ processName: g.processName, industry: g.industry, review: reviewEngagements(g.data) }));
}
