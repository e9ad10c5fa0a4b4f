import type { PgClient } from './pg-migration.js';
import { CONSULTANT_ROLE } from './pg-migration.js';

/** Role names IT may choose: letters, digits, underscores, starting with a letter (no quoting surprises). */
const ROLE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

function roleName(name: string): string {
  if (!ROLE_NAME.test(name))
    throw new Error(`"${name}" is not a usable role name (a-z, 0-9, _; starts with a letter).`);
  return name;
}

async function createRoleIfMissing(client: PgClient, name: string, options: string): Promise<void> {
  const exists = await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [name]);
  if (exists.rowCount === 0) await client.query(`CREATE ROLE ${roleName(name)} ${options}`);
}

export interface ConsultantSpec {
  name: string;
  password: string;
  teams?: readonly string[];
}

/**
 * What IT does once per firm and per consultant, as SQL an administrator runs (tests use it too):
 * the shared consultant role, one NOLOGIN role per team, one LOGIN role per consultant.
 */
export async function createFirmRoles(
  client: PgClient,
  spec: { teams?: readonly string[]; consultants?: readonly ConsultantSpec[] },
): Promise<void> {
  await createRoleIfMissing(client, CONSULTANT_ROLE, 'NOLOGIN');
  for (const team of spec.teams ?? []) await createRoleIfMissing(client, team, 'NOLOGIN');
  for (const c of spec.consultants ?? []) {
    await createRoleIfMissing(client, c.name, 'LOGIN');
    const pw = await client.query<{ q: string }>(`SELECT quote_literal($1) AS q`, [c.password]);
    await client.query(`ALTER ROLE ${roleName(c.name)} PASSWORD ${pw.rows[0]!.q}`);
    await client.query(`GRANT ${CONSULTANT_ROLE} TO ${roleName(c.name)}`);
    for (const team of c.teams ?? []) await client.query(`GRANT ${roleName(team)} TO ${roleName(c.name)}`);
  }
}

/** The same as SQL text, for IT to read and run with psql. */
export function firmRolesSql(spec: {
  teams?: string[];
  consultants?: { name: string; teams?: string[] }[];
}): string {
  const lines = [`CREATE ROLE ${CONSULTANT_ROLE} NOLOGIN;`];
  for (const t of spec.teams ?? []) lines.push(`CREATE ROLE ${roleName(t)} NOLOGIN;`);
  for (const c of spec.consultants ?? []) {
    lines.push(`CREATE ROLE ${roleName(c.name)} LOGIN PASSWORD '<password>';`);
    lines.push(`GRANT ${CONSULTANT_ROLE} TO ${roleName(c.name)};`);
    for (const t of c.teams ?? []) lines.push(`GRANT ${roleName(t)} TO ${roleName(c.name)};`);
  }
  return lines.join('\n');
}
