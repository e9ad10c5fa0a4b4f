import pg from 'pg';
import { createFirmRoles } from '../../electron/core/firm/admin.js';
import type { FirmTarget } from '../../electron/core/firm/connection.js';
import { migrateFirm } from '../../electron/core/firm/migrate.js';
import { type PgCluster, startCluster } from './pg-cluster.js';

export const CONSULTANTS = {
  alice: { name: 'alice', password: 'alice-pw', teams: ['team_acme'] },
  bob: { name: 'bob', password: 'bob-pw', teams: [] as string[] },
  carol: { name: 'carol', password: 'carol-pw', teams: ['team_acme'] },
} as const;
export type ConsultantName = keyof typeof CONSULTANTS;

export interface FirmLibrary {
  cluster: PgCluster;
  target(who: ConsultantName): FirmTarget;
  password(who: ConsultantName): string;
  url(who: ConsultantName): string;
  /** A connection as the superuser on the firm database (IT's seat). */
  admin(): Promise<pg.Client>;
  /** A raw connection as a consultant's own role, as a hand-written query would use. */
  as(who: ConsultantName): Promise<pg.Client>;
  destroy(): void;
}

/** A throwaway cluster with what IT provides: a `firm` database, team roles, one login per consultant, the schema. */
export async function startFirmLibrary(opts: { migrate?: boolean } = {}): Promise<FirmLibrary> {
  const cluster = await startCluster();
  const connect = async (url: string) => {
    const c = new pg.Client({ connectionString: url });
    // A test that stops the server must not crash the run through an unheard 'error' event.
    c.on('error', () => undefined);
    await c.connect();
    return c;
  };
  try {
    const root = await connect(cluster.url());
    await root.query('CREATE DATABASE firm');
    await root.end();
    const admin = await connect(cluster.url('postgres', cluster.password, 'firm'));
    try {
      await createFirmRoles(admin, { teams: ['team_acme'], consultants: Object.values(CONSULTANTS) });
      if (opts.migrate !== false) await migrateFirm(admin);
    } finally {
      await admin.end();
    }
  } catch (err) {
    cluster.destroy();
    throw err;
  }
  const lib: FirmLibrary = {
    cluster,
    target: (who) => ({ host: '127.0.0.1', port: cluster.port, database: 'firm', user: who }),
    password: (who) => CONSULTANTS[who].password,
    url: (who) => cluster.url(who, CONSULTANTS[who].password, 'firm'),
    admin: () => connect(cluster.url('postgres', cluster.password, 'firm')),
    as: (who) => connect(lib.url(who)),
    destroy: () => cluster.destroy(),
  };
  return lib;
}
