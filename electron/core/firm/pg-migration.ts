import type { PoolClient, Client } from 'pg';

export type PgClient = Client | PoolClient;

/** One step of the firm library's PostgreSQL schema, shaped like the local store's migrations. */
export interface FirmMigration {
  /** Strictly increasing; `firm.schema_version` after this migration has run. */
  version: number;
  name: string;
  up(client: PgClient): Promise<void>;
}

/** The NOLOGIN role every consultant's login role is a member of; migrations grant to it. */
export const CONSULTANT_ROLE = 'triptych_consultant';
