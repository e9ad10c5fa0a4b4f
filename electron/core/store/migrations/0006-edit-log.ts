import type { Migration } from '../migration.js';

/**
 * Undo/redo for workshop edits, kept in the database so it survives a reload and spans stages.
 * Each edit stores the row operations that redo it and the ones that undo it.
 */
export const m0006: Migration = {
  version: 6,
  name: '0006-edit-log',
  up(db) {
    db.exec(`
      CREATE TABLE edits (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        forward TEXT NOT NULL CHECK (json_valid(forward)),
        inverse TEXT NOT NULL CHECK (json_valid(inverse)),
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX edits_workshop ON edits (workshop_id, seq);
    `);
  },
};
