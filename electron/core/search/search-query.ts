import type { MapState } from '../../../shared/domain/types.js';
import type { SearchEntity, SearchHit } from '../../../shared/ipc/search.channels.js';
import { HIT_CLOSE, HIT_OPEN, snippetParts, toFtsQuery } from '../../../shared/search/fts-query.js';
import type Database from 'better-sqlite3';
import type { Db } from '../store/database.js';
import { SCOPE_TABLE, scopeTo } from './workshop-scope.js';

export const DEFAULT_LIMIT = 50;

/**
 * Ranking reads every match's size and positions, which costs ~1-2 µs a row: for a word that
 * matches tens of thousands of rows (the first letters typed), only the most recently indexed
 * matches are ranked (rows are re-indexed on every edit, so recent work comes first). Past a
 * few letters the matches are fewer than this and all of them are ranked.
 */
export const RANKED_MATCHES = 2000;

interface HitRow {
  entity: SearchEntity;
  entityId: string;
  workshopId: string;
  workshopTitle: string;
  client: string;
  stepId: string | null;
  stepTitle: string | null;
  state: MapState | null;
  snippet: string;
}

/**
 * The best hits are chosen on the index alone (with the deleted-workshop filter); only those are
 * joined to find their workshop, step and state, so the joins never run for thousands of rows.
 */
const sql = (scoped: boolean, from = 'search_index', table = from.replace('temp.', '')) => `
  SELECT h.entity, h.entityId, h.workshopId, w.title AS workshopTitle, e.client,
    coalesce(s.id, ps.id) AS stepId, coalesce(s.title, ps.title) AS stepTitle, m.state, h.snippet
  FROM (
    SELECT si.entity, si.entity_id AS entityId, si.workshop_id AS workshopId,
      snippet(${table}, 3, '${HIT_OPEN}', '${HIT_CLOSE}', '…', 12) AS snippet, bm25(${table}) AS score
    FROM ${from} si JOIN workshops w ON w.id = si.workshop_id
    WHERE ${table} MATCH @query AND si.rowid >= @floor AND w.deleted_at IS NULL
      ${scoped ? 'AND si.rowid BETWEEN @low AND @high AND si.workshop_id = @workshopId' : ''}
    ORDER BY score LIMIT @limit
  ) h
  JOIN workshops w ON w.id = h.workshopId
  JOIN engagements e ON e.id = w.engagement_id
  LEFT JOIN steps s ON h.entity = 'step' AND s.id = h.entityId
  LEFT JOIN pain_points pp ON h.entity = 'pain_point' AND pp.id = h.entityId
  LEFT JOIN steps ps ON ps.id = pp.step_id
  LEFT JOIN maps m ON m.id = coalesce(s.map_id, ps.map_id)
  ORDER BY h.score`;

function statements(db: Db) {
  return {
    floor: db
      .prepare(
        `SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`,
      )
      .pluck(),
    all: db.prepare(sql(false)),
    scoped: db.prepare(sql(true)),
    /** Prepared once the temp table exists (workshop-scope.ts). */
    local: null as Database.Statement | null,
    // A workshop's entries are keyed side by side: its rowid range bounds the scan (0013).
    range: db.prepare(
      `SELECT coalesce(min(id), 0) AS low, coalesce(max(id), 0) AS high FROM search_keys WHERE workshop_id = ?`,
    ),
  };
}

const cache = new WeakMap<Db, Statements>();

type Statements = ReturnType<typeof statements>;

function matches(db: Db, s: Statements, query: string, limit: number, workshopId?: string): HitRow[] {
  if (workshopId === undefined) {
    const floor = (s.floor.get(query, RANKED_MATCHES - 1) as number | undefined) ?? 0;
    return s.all.all({ query, floor, limit }) as HitRow[];
  }
  // Within one workshop every match is ranked: its rows are few, wherever they sit in the index.
  if (scopeTo(db, workshopId)) {
    s.local ??= db.prepare(sql(false, SCOPE_TABLE));
    return s.local.all({ query, floor: 0, limit }) as HitRow[];
  }
  const range = s.range.get(workshopId) as { low: number; high: number };
  return s.scoped.all({ query, floor: 0, limit, workshopId, ...range }) as HitRow[];
}

/** Best hits first (bm25) across live workshops, or within one; never an FTS syntax error. */
export function search(
  db: Db,
  input: { text: string; limit?: number | undefined; workshopId?: string | undefined },
): SearchHit[] {
  const query = toFtsQuery(input.text);
  if (query === null) return [];
  let s = cache.get(db);
  if (!s) cache.set(db, (s = statements(db)));
  const rows = matches(db, s, query, input.limit ?? DEFAULT_LIMIT, input.workshopId);
  return rows.map((r) => ({ ...r, snippet: snippetParts(r.snippet) }));
}
