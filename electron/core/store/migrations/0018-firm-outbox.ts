import type { Migration } from '../migration.js';

/**
 * The firm library's local side: publishes waiting to be sent (each row's id is its idempotency
 * key, so a resend after a lost acknowledgement makes no second version) and where the library is.
 * The password is never stored here.
 */
export const m0018: Migration = {
  version: 18,
  name: '0018-firm-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE firm_outbox (
        id TEXT PRIMARY KEY,
        -- No foreign key: the snapshot in content is what gets sent, even if the workshop is purged.
        workshop_id TEXT NOT NULL,
        title TEXT NOT NULL,
        visibility TEXT NOT NULL CHECK (visibility IN ('firm', 'team', 'owner')),
        team TEXT CHECK ((visibility = 'team') = (team IS NOT NULL)),
        industry TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL,
        queued_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT,
        sent_at TEXT,
        version_id TEXT,
        version INTEGER
      ) STRICT;
      CREATE INDEX firm_outbox_waiting ON firm_outbox (next_attempt_at) WHERE sent_at IS NULL;
      CREATE TABLE firm_settings (
        key TEXT PRIMARY KEY CHECK (key IN ('host', 'port', 'database', 'user')),
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
