import type { Migration } from '../migration.js';

/** The report's options remembered per workshop (with the firm's logo), and its edited executive summary. */
export const m0009: Migration = {
  version: 9,
  name: '0009-report-options',
  up(db) {
    db.exec(`
      CREATE TABLE report_options (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
        options TEXT NOT NULL CHECK (json_valid(options)),
        logo BLOB CHECK (logo IS NULL OR length(logo) <= 2097152),
        logo_type TEXT CHECK (logo_type IN ('image/png', 'image/jpeg')),
        updated_at TEXT NOT NULL,
        CHECK ((logo IS NULL) = (logo_type IS NULL))
      ) STRICT;

      -- Only an edited summary is stored; without a row the report drafts one from the data.
      CREATE TABLE report_summaries (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
