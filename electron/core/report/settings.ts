import {
  type ReportOptions,
  defaultReportOptions,
  reportOptionsSchema,
} from '../../../shared/report/options.js';
import { getWorkshop } from '../repo/workshops.js';
import type { Db } from '../store/database.js';

interface OptionsRow {
  options: string;
  logo: Buffer | null;
  logo_type: string | null;
}

/** The options last used for a workshop's report (logo included), or the defaults. */
export function loadReportOptions(db: Db, workshopId: string): ReportOptions {
  getWorkshop(db, workshopId);
  const row = db
    .prepare<[string], OptionsRow>(
      `SELECT options, logo, logo_type FROM report_options WHERE workshop_id = ?`,
    )
    .get(workshopId);
  if (!row) return defaultReportOptions();
  const logo =
    row.logo && row.logo_type ? { mediaType: row.logo_type, data: row.logo.toString('base64') } : null;
  // Options saved by another version may not parse: fall back field by field to the defaults.
  const parsed = reportOptionsSchema.safeParse({ ...(JSON.parse(row.options) as object), logo });
  return parsed.success ? parsed.data : { ...defaultReportOptions(), logo: null };
}

export function saveReportOptions(db: Db, workshopId: string, options: ReportOptions): ReportOptions {
  getWorkshop(db, workshopId);
  const { logo, ...rest } = options;
  db.prepare(
    `INSERT INTO report_options (workshop_id, options, logo, logo_type, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (workshop_id) DO UPDATE SET options = excluded.options, logo = excluded.logo,
       logo_type = excluded.logo_type, updated_at = excluded.updated_at`,
  ).run(
    workshopId,
    JSON.stringify(rest),
    logo ? Buffer.from(logo.data, 'base64') : null,
    logo?.mediaType ?? null,
    new Date().toISOString(),
  );
  return options;
}

/** The edited executive summary, or null when the report should draft it. */
export function loadSummary(db: Db, workshopId: string): string | null {
  getWorkshop(db, workshopId);
  const text = db.prepare(`SELECT text FROM report_summaries WHERE workshop_id = ?`).pluck().get(workshopId);
  return typeof text === 'string' ? text : null;
}

/** Saves an edited summary; empty text (or null) goes back to drafting it from the data. */
export function saveSummary(db: Db, workshopId: string, text: string | null): void {
  getWorkshop(db, workshopId);
  if (text === null || text.trim() === '') {
    db.prepare(`DELETE FROM report_summaries WHERE workshop_id = ?`).run(workshopId);
    return;
  }
  db.prepare(
    `INSERT INTO report_summaries (workshop_id, text, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (workshop_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run(workshopId, text, new Date().toISOString());
}
