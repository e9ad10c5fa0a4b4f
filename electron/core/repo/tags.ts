import type { Db } from '../store/database.js';

export function tagsOf(db: Db, workshopId: string): string[] {
  return db
    .prepare(`SELECT tag FROM workshop_tags WHERE workshop_id = ? ORDER BY tag COLLATE NOCASE`)
    .pluck()
    .all(workshopId) as string[];
}

/** Tags as typed, trimmed, without blanks or case-insensitive repeats. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags
    .map((t) => t.trim())
    .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}
