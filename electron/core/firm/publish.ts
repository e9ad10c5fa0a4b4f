import { parseTriptych } from '../../../shared/exchange/triptych-file.js';
import type { PublishOptions, PublishedVersion } from '../../../shared/firm/types.js';
import { AppError } from '../store/errors.js';
import type { PgClient } from './pg-migration.js';
import { searchableColumns } from './searchable.js';

export interface PublishRequest extends PublishOptions {
  /** One per queued publish: sending it twice (a lost acknowledgement) still makes one version. */
  idempotencyKey: string;
  /** The `.triptych` text, as exported. */
  content: string;
}

/** Test seam: runs inside the transaction, after the version number was taken and before the row. */
export interface PublishHooks {
  beforeInsert?(): Promise<void>;
}

async function existing(client: PgClient, key: string): Promise<PublishedVersion | null> {
  const r = await client.query<{ id: string; workshop_key: string; version: number; published_at: Date }>(
    `SELECT id, workshop_key, version, published_at FROM firm.versions WHERE idempotency_key = $1`,
    [key],
  );
  const row = r.rows[0];
  return row
    ? {
        id: row.id,
        workshopKey: row.workshop_key,
        version: row.version,
        publishedAt: row.published_at.toISOString(),
      }
    : null;
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === '23505';
}

/**
 * Adds one immutable version in one transaction: the next number for the workshop (a row lock,
 * so concurrent publishes get 1 and 2, never the same), then the row. A dropped connection rolls
 * both back. A key already sent returns its version instead of adding another.
 */
export async function publishVersion(
  client: PgClient,
  req: PublishRequest,
  hooks: PublishHooks = {},
): Promise<PublishedVersion & { duplicate: boolean }> {
  const parsed = parseTriptych(req.content);
  if (!parsed.ok) throw new AppError('invalid_input', parsed.message, parsed.path);
  if (req.visibility === 'team' && !req.team)
    throw new AppError('invalid_input', 'Name the team that may see this workshop.', 'team');
  const data = parsed.data;
  const c = searchableColumns(data);
  const before = await existing(client, req.idempotencyKey);
  if (before) return { ...before, duplicate: true };
  await client.query('BEGIN');
  try {
    const next = await client.query<{ v: number }>(`SELECT firm.next_version($1) AS v`, [data.workshop.id]);
    await hooks.beforeInsert?.();
    const row = await client.query<{ id: string; published_at: Date }>(
      `INSERT INTO firm.versions (workshop_key, version, idempotency_key, visibility, team, title, client, industry,
         process_name, workshop_date, facilitator, tags, verdict_percent, verdict_band, lead_current_minutes,
         lead_future_minutes, lead_actual_minutes, body, content)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       RETURNING id, published_at`,
      [
        data.workshop.id,
        next.rows[0]!.v,
        req.idempotencyKey,
        req.visibility,
        req.visibility === 'team' ? req.team : null,
        c.title,
        c.client,
        req.industry,
        c.processName,
        c.date,
        c.facilitator,
        c.tags,
        c.verdictPercent,
        c.verdictBand,
        c.leadMinutes.current,
        c.leadMinutes.future,
        c.leadMinutes.actual,
        c.body,
        req.content,
      ],
    );
    await client.query('COMMIT');
    const r = row.rows[0]!;
    return {
      id: r.id,
      workshopKey: data.workshop.id,
      version: next.rows[0]!.v,
      publishedAt: r.published_at.toISOString(),
      duplicate: false,
    };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    // The same key sent twice at once: the other one won, and its version is this publish's.
    if (isUniqueViolation(err)) {
      const won = await existing(client, req.idempotencyKey);
      if (won) return { ...won, duplicate: true };
    }
    if (typeof err === 'object' && err !== null && 'code' in err && err.code === '42501')
      throw new AppError(
        'forbidden',
        req.visibility === 'team'
          ? `You cannot publish for the team "${req.team}": you are not a member of it.`
          : 'Your role may not publish to the firm library.',
      );
    throw err;
  }
}
