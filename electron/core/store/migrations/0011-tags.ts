import type { Migration } from '../migration.js';

/** Free tags per workshop ("virtualization", "banking"), for filtering the library. */
export const m0011: Migration = {
  version: 11,
  name: '0011-tags',
  up(db) {
    db.exec(`
      CREATE TABLE workshop_tags (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        tag TEXT NOT NULL COLLATE NOCASE CHECK (length(tag) BETWEEN 1 AND 40),
        PRIMARY KEY (workshop_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX workshop_tags_tag ON workshop_tags (tag);
    `);
  },
};
