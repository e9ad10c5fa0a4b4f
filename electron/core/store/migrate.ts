import type { Database } from 'better-sqlite3';
import { NewerDatabaseError } from './errors.js';
import type { Migration } from './migration.js';
import { MIGRATIONS } from './migrations/index.js';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
}

/** Throws if the registry is out of order: a misnumbered file must never reach a user. */
export function checkRegistry(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= previous)
      throw new Error(`Migration ${m.name} has version ${m.version}, not above ${previous}`);
    previous = m.version;
  }
}

/** Refuses a database written by a newer version before touching anything. */
export function assertNotNewer(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const found = schemaVersion(db);
  const known = latestVersion(migrations);
  if (found > known) throw new NewerDatabaseError(found, known);
}

export function pendingMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  const current = schemaVersion(db);
  return migrations.filter((m) => m.version > current);
}

/**
 * Runs every pending migration (up to `target`) in one transaction: either the
 * database reaches the target version or it stays exactly as it was.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = latestVersion(migrations),
): number {
  checkRegistry(migrations);
  assertNotNewer(db, migrations);
  const pending = pendingMigrations(db, migrations).filter((m) => m.version <= target);
  if (pending.length === 0) return schemaVersion(db);
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return schemaVersion(db);
}
