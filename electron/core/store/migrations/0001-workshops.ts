import type { Migration } from '../migration.js';

/** Engagements, workshops and who attended them. */
export const m0001: Migration = {
  version: 1,
  name: '0001-workshops',
  up(db) {
    db.exec(`
      CREATE TABLE engagements (
        id TEXT PRIMARY KEY,
        client TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX engagements_client ON engagements (client COLLATE NOCASE);

      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        date TEXT,
        location TEXT NOT NULL DEFAULT '',
        facilitator TEXT NOT NULL DEFAULT '',
        objectives TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'in_progress', 'completed', 'archived')),
        hours_per_day REAL NOT NULL DEFAULT 8 CHECK (hours_per_day > 0 AND hours_per_day <= 24),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX workshops_engagement ON workshops (engagement_id);
      CREATE INDEX workshops_updated ON workshops (updated_at DESC);

      CREATE TABLE attendees (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX attendees_workshop ON attendees (workshop_id, position);
    `);
  },
};
