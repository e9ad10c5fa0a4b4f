import { MAP_STATES, type MapState } from '../../../shared/domain/types.js';
import type { FirmHit, FirmVersionSummary, Visibility } from '../../../shared/firm/types.js';
import { HIT_CLOSE, HIT_OPEN, snippetParts } from '../../../shared/search/fts-query.js';
import type { PgClient } from './pg-migration.js';

const TOKEN = /[\p{L}\p{N}]+/gu;

/** User text → a to_tsquery string of plain words (the last one a prefix); null when nothing is left. */
export function toFirmQuery(text: string): string | null {
  const tokens = (text.normalize('NFC').toLowerCase().match(TOKEN) ?? [])
    .slice(0, 12)
    .map((t) => t.slice(0, 64));
  if (tokens.length === 0) return null;
  const last = tokens.pop()!;
  return [...tokens, `${last}:*`].join(' & ');
}

export const SUMMARY_COLUMNS = `v.id, v.workshop_key, v.version, v.publisher, v.published_at, v.visibility, v.team,
  v.title, v.client, v.industry, v.process_name, v.workshop_date::text AS workshop_date, v.facilitator, v.tags,
  v.verdict_percent, v.lead_current_minutes, v.lead_future_minutes, v.lead_actual_minutes`;

export interface SummaryRow {
  id: string;
  workshop_key: string;
  version: number;
  publisher: string;
  published_at: Date;
  visibility: Visibility;
  team: string | null;
  title: string;
  client: string;
  industry: string;
  process_name: string;
  workshop_date: string | null;
  facilitator: string;
  tags: string[];
  verdict_percent: number | null;
  lead_current_minutes: number | null;
  lead_future_minutes: number | null;
  lead_actual_minutes: number | null;
}

export function toSummary(r: SummaryRow): FirmVersionSummary {
  const leadMinutes = {} as Record<MapState, number | null>;
  for (const s of MAP_STATES) leadMinutes[s] = r[`lead_${s}_minutes`];
  return {
    id: r.id,
    workshopKey: r.workshop_key,
    version: r.version,
    publisher: r.publisher,
    publishedAt: r.published_at.toISOString(),
    visibility: r.visibility,
    team: r.team,
    title: r.title,
    client: r.client,
    industry: r.industry,
    processName: r.process_name,
    date: r.workshop_date,
    facilitator: r.facilitator,
    tags: r.tags,
    verdictPercent: r.verdict_percent,
    leadMinutes,
  };
}

/**
 * Ranked full-text search over what this role may see: the best candidates through the GIN index
 * (firm.search_ids), then the rows read under row-level security, and a snippet for only those.
 */
export async function searchFirm(client: PgClient, text: string, limit = 20): Promise<FirmHit[]> {
  const query = toFirmQuery(text);
  if (query === null) return [];
  const r = await client.query<SummaryRow & { rank: number; headline: string; mine: boolean }>(
    `WITH q AS (SELECT to_tsquery('english', $1) AS q),
     top AS (
       SELECT v.*, s.rank FROM firm.search_ids((SELECT q FROM q), $2) s JOIN firm.versions v ON v.id = s.id
     )
     SELECT ${SUMMARY_COLUMNS}, v.rank, v.publisher = current_user AS mine,
       ts_headline('english', v.title || ' — ' || v.process_name || E'\\n' || v.body, q.q,
         'StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "') AS headline
     FROM top v, q ORDER BY v.rank DESC, v.published_at DESC`,
    [query, limit],
  );
  return r.rows.map((row) => ({
    ...toSummary(row),
    source: 'firm',
    rank: row.rank,
    mine: row.mine,
    snippet: snippetParts(row.headline.replace(/\s+/g, ' ')),
  }));
}

/** One version's summary and `.triptych` content, if this role may read it. */
export async function readVersion(
  client: PgClient,
  id: string,
): Promise<{ summary: FirmVersionSummary; content: string; mine: boolean } | null> {
  const r = await client.query<SummaryRow & { content: unknown; mine: boolean }>(
    `SELECT ${SUMMARY_COLUMNS}, v.content, v.publisher = current_user AS mine FROM firm.versions v WHERE v.id = $1`,
    [id],
  );
  const row = r.rows[0];
  if (!row) return null;
  return { summary: toSummary(row), content: JSON.stringify(row.content), mine: row.mine };
}
