import { AppError } from '../store/errors.js';
import { FIRM_MIGRATIONS } from './migrations/index.js';
import { CONSULTANT_ROLE, type FirmMigration, type PgClient } from './pg-migration.js';

/** Raised when the firm library was migrated by a newer Triptych; nothing is changed. */
export class NewerFirmSchemaError extends AppError {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      'conflict',
      `The firm library was set up by a newer Triptych (schema ${found}; this version knows up to ${known}). ` +
        'Update Triptych to use it. Nothing was changed.',
    );
  }
}

export function latestFirmVersion(migrations: readonly FirmMigration[] = FIRM_MIGRATIONS): number {
  return migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
}

/** 0 when the schema does not exist yet. */
export async function firmSchemaVersion(client: PgClient): Promise<number> {
  const exists = await client.query<{ t: string | null }>(
    `SELECT to_regclass('firm.schema_version')::text AS t`,
  );
  if (exists.rows[0]?.t == null) return 0;
  const row = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM firm.schema_version`);
  return row.rows[0]?.v ?? 0;
}

function checkRegistry(migrations: readonly FirmMigration[]): void {
  let previous = 0;
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= previous)
      throw new Error(`Firm migration ${m.name} has version ${m.version}, not above ${previous}`);
    previous = m.version;
  }
}

/**
 * Creates or upgrades the `firm` schema in one transaction, serialized by an advisory lock so two
 * laptops upgrading at once do not race. Refuses a schema newer than this build knows.
 */
export async function migrateFirm(
  client: PgClient,
  migrations: readonly FirmMigration[] = FIRM_MIGRATIONS,
  target: number = latestFirmVersion(migrations),
): Promise<number> {
  checkRegistry(migrations);
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('triptych.firm.migrate'))`);
    const role = await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [CONSULTANT_ROLE]);
    if (role.rowCount === 0)
      throw new AppError(
        'conflict',
        `The role ${CONSULTANT_ROLE} does not exist: IT creates it (see README, "Firm library") before the schema.`,
      );
    await client.query(`CREATE SCHEMA IF NOT EXISTS firm`);
    await client.query(`CREATE TABLE IF NOT EXISTS firm.schema_version (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const current = await firmSchemaVersion(client);
    const known = latestFirmVersion(migrations);
    if (current > known) throw new NewerFirmSchemaError(current, known);
    for (const m of migrations.filter((x) => x.version > current && x.version <= target)) {
      await m.up(client);
      await client.query(`INSERT INTO firm.schema_version (version, name) VALUES ($1, $2)`, [
        m.version,
        m.name,
      ]);
    }
    await client.query('COMMIT');
    return await firmSchemaVersion(client);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/**
 * What a consultant's connection does first: the schema must be at this build's version. An older
 * one is upgraded when the role may; otherwise the message says who can.
 */
export async function ensureFirmSchema(client: PgClient): Promise<number> {
  const known = latestFirmVersion();
  const current = await firmSchemaVersion(client);
  if (current === known) return current;
  if (current > known) throw new NewerFirmSchemaError(current, known);
  try {
    return await migrateFirm(client);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(
      'forbidden',
      `The firm library's schema is at version ${current} and this Triptych needs ${known}, but this role cannot ` +
        `change it (${err instanceof Error ? err.message : String(err)}). Ask IT to run "triptych firm migrate" as the library's owner.`,
    );
  }
}
