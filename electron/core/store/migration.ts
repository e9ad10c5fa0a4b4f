import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Strictly increasing; the database's `user_version` after this migration has run. */
  version: number;
  name: string;
  up(db: Database): void;
}
