import type { Migration } from '../migration.js';

/** What the room produces: findings, recommendations, actions, parking lot, decisions, agenda, votes, evidence. */
export const m0003: Migration = {
  version: 3,
  name: '0003-room-tools',
  up(db) {
    db.exec(`
      CREATE TABLE findings (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ('people', 'process', 'technology')),
        root_cause TEXT NOT NULL DEFAULT 'other'
          CHECK (root_cause IN ('skills', 'policy', 'tooling', 'incentives', 'ownership', 'other')),
        severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high')),
        evidence TEXT NOT NULL DEFAULT '',
        suggested INTEGER NOT NULL DEFAULT 0 CHECK (suggested IN (0, 1)),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX findings_workshop ON findings (workshop_id, position);

      CREATE TABLE finding_steps (
        finding_id TEXT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        step_id TEXT NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
        PRIMARY KEY (finding_id, step_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE recommendations (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        finding_id TEXT REFERENCES findings (id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX recommendations_workshop ON recommendations (workshop_id, position);

      CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        finding_id TEXT REFERENCES findings (id) ON DELETE SET NULL,
        recommendation_id TEXT REFERENCES recommendations (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('low', 'medium', 'high')),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX actions_workshop ON actions (workshop_id, position);

      CREATE TABLE parking_lot (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        step_id TEXT REFERENCES steps (id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
        position INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE decisions (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        decided_by TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        minutes REAL NOT NULL DEFAULT 15 CHECK (minutes > 0),
        position INTEGER NOT NULL
      ) STRICT;

      -- Dot votes on pain points (or other items): per item, optionally per participant.
      CREATE TABLE votes (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        target_type TEXT NOT NULL CHECK (target_type IN ('pain_point', 'finding', 'parking_lot')),
        target_id TEXT NOT NULL,
        participant TEXT NOT NULL DEFAULT '',
        dots INTEGER NOT NULL DEFAULT 1 CHECK (dots > 0)
      ) STRICT;
      CREATE INDEX votes_target ON votes (target_type, target_id);

      -- Quotes and evidence heard in the room.
      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        step_id TEXT REFERENCES steps (id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        speaker TEXT NOT NULL DEFAULT '',
        mode TEXT NOT NULL DEFAULT 'reported' CHECK (mode IN ('observed', 'reported')),
        position INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
