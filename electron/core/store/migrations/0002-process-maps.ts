import type { Migration } from '../migration.js';

/** The mapped process, one map per state, its lanes and steps, and links between states. */
export const m0002: Migration = {
  version: 2,
  name: '0002-process-maps',
  up(db) {
    db.exec(`
      CREATE TABLE processes (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        start_trigger TEXT NOT NULL DEFAULT '',
        end_outcome TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX processes_workshop ON processes (workshop_id);

      CREATE TABLE maps (
        id TEXT PRIMARY KEY,
        process_id TEXT NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN ('current', 'future', 'actual')),
        UNIQUE (process_id, state)
      ) STRICT;

      CREATE TABLE lanes (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'role' CHECK (kind IN ('actor', 'role', 'team')),
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX lanes_map ON lanes (map_id, position);

      CREATE TABLE steps (
        id TEXT PRIMARY KEY,
        map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
        lane_id TEXT REFERENCES lanes (id) ON DELETE SET NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'task'
          CHECK (kind IN ('task', 'decision', 'approval', 'handoff', 'wait', 'rework')),
        tools TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tools)),
        environment TEXT CHECK (environment IN ('physical', 'virtual', 'either')),
        process_minutes REAL CHECK (process_minutes >= 0),
        wait_minutes REAL CHECK (wait_minutes >= 0),
        pct_complete_accurate REAL CHECK (pct_complete_accurate BETWEEN 0 AND 100),
        automation TEXT CHECK (automation IN ('manual', 'automated')),
        value_class TEXT CHECK (value_class IN ('VA', 'NNVA', 'waste')),
        notes TEXT NOT NULL DEFAULT '',
        origin_step_id TEXT REFERENCES steps (id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX steps_map ON steps (map_id, position);
      CREATE INDEX steps_lane ON steps (lane_id);
      CREATE INDEX steps_origin ON steps (origin_step_id);

      CREATE TABLE pain_points (
        id TEXT PRIMARY KEY,
        step_id TEXT NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX pain_points_step ON pain_points (step_id, position);

      -- Correspondence across states: 'lineage' from "start from", 'manual' by hand.
      CREATE TABLE step_links (
        id TEXT PRIMARY KEY,
        from_step_id TEXT NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
        to_step_id TEXT NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
        source TEXT NOT NULL CHECK (source IN ('lineage', 'manual')),
        created_at TEXT NOT NULL,
        CHECK (from_step_id <> to_step_id),
        UNIQUE (from_step_id, to_step_id)
      ) STRICT;
      CREATE INDEX step_links_to ON step_links (to_step_id);
    `);
  },
};
