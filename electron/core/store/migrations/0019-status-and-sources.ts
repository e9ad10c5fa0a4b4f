import type { Migration } from '../migration.js';

/**
 * Archiving is a place in the library, not a stage of the work: it gets its own column, so the
 * facilitator's status (draft, in progress, completed) survives archiving and unarchiving. Rows
 * archived before kept no earlier status; they read as completed, which is what unarchiving gave.
 *
 * A finding's evidence can point at what the room said: quotes (evidence rows) and pain points.
 * The source has no foreign key (it may be either table); edits remove links to deleted rows.
 */
export const m0019: Migration = {
  version: 19,
  name: '0019-status-and-sources',
  up(db) {
    db.exec(`
      ALTER TABLE workshops ADD COLUMN archived_at TEXT;
      UPDATE workshops SET archived_at = updated_at, status = 'completed' WHERE status = 'archived';
      CREATE TABLE finding_sources (
        finding_id TEXT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        source_type TEXT NOT NULL CHECK (source_type IN ('evidence', 'pain_point')),
        source_id TEXT NOT NULL,
        PRIMARY KEY (finding_id, source_type, source_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX finding_sources_source ON finding_sources (source_id);
    `);
  },
};
