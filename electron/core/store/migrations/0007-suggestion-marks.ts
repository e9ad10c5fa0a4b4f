import type { Migration } from '../migration.js';

/**
 * What the facilitator decided about the comparison's suggestions, keyed by the suggestion's stable
 * key: rejected link suggestions and dismissed findings stay hidden, and an accepted finding
 * remembers which finding it became. `finding_id` has no foreign key on purpose: a cascade would
 * bypass the edit log, and a mark whose finding is gone simply counts as not accepted.
 */
export const m0007: Migration = {
  version: 7,
  name: '0007-suggestion-marks',
  up(db) {
    db.exec(`
      CREATE TABLE suggestion_marks (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
        finding_id TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (workshop_id, key)
      ) STRICT;
    `);
  },
};
