import type { Migration } from '../migration.js';

/**
 * The library: when each workshop was last opened (for "recently opened"), and an index on
 * `deleted_at` for the trash view and the purge of old trash at startup.
 */
export const m0010: Migration = {
  version: 10,
  name: '0010-library',
  up(db) {
    db.exec(`
      ALTER TABLE workshops ADD COLUMN last_opened_at TEXT;
      CREATE INDEX workshops_deleted_at ON workshops (deleted_at);
    `);
  },
};
