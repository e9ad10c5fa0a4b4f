import type { Db } from '../store/database.js';
import type { FirmTarget } from './connection.js';

/** Where the firm library is, from the local store; null until configured. Never the password. */
export function readFirmTarget(db: Db): FirmTarget | null {
  const rows = db.prepare<[], { key: string; value: string }>(`SELECT key, value FROM firm_settings`).all();
  const m = new Map(rows.map((r) => [r.key, r.value]));
  const host = m.get('host');
  const database = m.get('database');
  const user = m.get('user');
  if (!host || !database || !user) return null;
  return { host, port: Number(m.get('port') ?? 5432), database, user };
}

export function writeFirmTarget(db: Db, target: FirmTarget | null): void {
  db.transaction(() => {
    db.prepare(`DELETE FROM firm_settings`).run();
    if (!target) return;
    const put = db.prepare(`INSERT INTO firm_settings (key, value) VALUES (?, ?)`);
    put.run('host', target.host);
    put.run('port', String(target.port));
    put.run('database', target.database);
    put.run('user', target.user);
  })();
}
