import { CONSULTANT_ROLE, type FirmMigration } from '../pg-migration.js';

/**
 * Published versions, immutable: consultants may INSERT and SELECT, never UPDATE or DELETE.
 * Visibility is row-level security on `current_user`, so a hand-written query sees what the app sees.
 */
export const f0001: FirmMigration = {
  version: 1,
  name: '0001-versions',
  async up(client) {
    await client.query(`
      -- One row per published workshop: hands out version numbers under a row lock, so two
      -- concurrent publishes of the same workshop both get their own number.
      CREATE TABLE firm.version_counters (
        workshop_key uuid PRIMARY KEY,
        last_version integer NOT NULL CHECK (last_version > 0)
      );

      -- array_to_string is only STABLE in general; for text[] it is immutable, as a generated column needs.
      CREATE FUNCTION firm.words(list text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(list, ' ') $$;

      CREATE TABLE firm.versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workshop_key uuid NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        idempotency_key uuid NOT NULL UNIQUE,
        publisher name NOT NULL DEFAULT current_user,
        published_at timestamptz NOT NULL DEFAULT now(),
        visibility text NOT NULL CHECK (visibility IN ('firm', 'team', 'owner')),
        team name CHECK ((visibility = 'team') = (team IS NOT NULL)),
        title text NOT NULL,
        client text NOT NULL,
        industry text NOT NULL DEFAULT '',
        process_name text NOT NULL DEFAULT '',
        workshop_date date,
        facilitator text NOT NULL DEFAULT '',
        tags text[] NOT NULL DEFAULT '{}',
        verdict_percent integer,
        verdict_band text,
        lead_current_minutes double precision,
        lead_future_minutes double precision,
        lead_actual_minutes double precision,
        -- Step titles, descriptions, pain points and findings: what full-text search reads beyond the columns.
        body text NOT NULL DEFAULT '',
        content jsonb NOT NULL,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title || ' ' || process_name), 'A') ||
          setweight(to_tsvector('english', client || ' ' || industry || ' ' || firm.words(tags)), 'B') ||
          setweight(to_tsvector('english', body), 'C')
        ) STORED,
        UNIQUE (workshop_key, version)
      );
      CREATE INDEX versions_search ON firm.versions USING gin (search);
      CREATE INDEX versions_process ON firm.versions (lower(process_name), industry);

      -- Consultants never own the table, so the policies always apply to them.
      ALTER TABLE firm.versions ENABLE ROW LEVEL SECURITY;

      -- The only door to the counters: consultants can neither read nor change them directly.
      CREATE FUNCTION firm.next_version(key uuid) RETURNS integer
        LANGUAGE sql SECURITY DEFINER SET search_path = firm, pg_temp AS $$
          INSERT INTO firm.version_counters AS c (workshop_key, last_version) VALUES (key, 1)
          ON CONFLICT (workshop_key) DO UPDATE SET last_version = c.last_version + 1
          RETURNING last_version
        $$;
      REVOKE ALL ON FUNCTION firm.next_version(uuid) FROM PUBLIC;

      CREATE FUNCTION firm.in_team(team name) RETURNS boolean
        LANGUAGE sql STABLE AS $$
          SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = team AND pg_has_role(current_user, r.oid, 'MEMBER'))
        $$;

      CREATE POLICY versions_read ON firm.versions FOR SELECT USING (
        visibility = 'firm' OR publisher = current_user OR (visibility = 'team' AND firm.in_team(team))
      );
      CREATE POLICY versions_publish ON firm.versions FOR INSERT WITH CHECK (
        publisher = current_user AND (visibility <> 'team' OR firm.in_team(team))
      );

      -- Under row-level security, PostgreSQL will not use the GIN index for @@ (not leakproof), so
      -- ranking would scan every row. This function finds candidates through the index with the
      -- same visibility rule, for the login role (session_user); the rows themselves are then read
      -- under RLS, which stays the guarantee.
      CREATE FUNCTION firm.search_ids(q tsquery, lim integer) RETURNS TABLE (id uuid, rank real)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = firm, pg_catalog, pg_temp AS $$
          SELECT v.id, ts_rank(v.search, q) AS rank FROM firm.versions v
          WHERE v.search @@ q AND (v.visibility = 'firm' OR v.publisher = session_user OR (v.visibility = 'team'
            AND EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = v.team AND pg_has_role(session_user, r.oid, 'MEMBER'))))
          ORDER BY rank DESC LIMIT least(lim, 100)
        $$;
      REVOKE ALL ON FUNCTION firm.search_ids(tsquery, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION firm.search_ids(tsquery, integer) TO ${CONSULTANT_ROLE};

      GRANT USAGE ON SCHEMA firm TO ${CONSULTANT_ROLE};
      GRANT SELECT, INSERT ON firm.versions TO ${CONSULTANT_ROLE};
      GRANT EXECUTE ON FUNCTION firm.next_version(uuid) TO ${CONSULTANT_ROLE};
      GRANT SELECT ON firm.schema_version TO ${CONSULTANT_ROLE};
    `);
  },
};
