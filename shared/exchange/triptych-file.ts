import type { WorkshopData } from '../domain/workshop-data.js';
import { formatPath } from './issue-path.js';
import { jsonErrorOffset, lineColumn } from './json-position.js';
import { checkTextSize } from './limits.js';
import { TRIPTYCH_FORMAT, TRIPTYCH_VERSION, triptychFileSchema } from './triptych-schema.js';

export interface FileProblem {
  path: string;
  message: string;
}

export type TriptychParse =
  { ok: true; data: WorkshopData } | { ok: false; message: string; path?: string; problems: FileProblem[] };

/** How many problems a message names; the rest are counted. */
const SHOWN = 5;

function fail(message: string, path?: string): TriptychParse {
  return path === undefined
    ? { ok: false, message, problems: [] }
    : { ok: false, message, path, problems: [{ path, message }] };
}

function invalidJson(text: string): TriptychParse {
  const offset = jsonErrorOffset(text) ?? 0;
  const { line, column } = lineColumn(text, offset);
  const where = `at position ${offset} (line ${line}, column ${column})`;
  return fail(
    offset >= text.length
      ? `The file is not valid JSON (it may be truncated) ${where}: it ends before the workshop does.`
      : `The file is not valid JSON ${where}.`,
  );
}

/**
 * Reads a `.triptych` text: size, JSON, format, version, then the full schema with references.
 * Every refusal names what is wrong and where; nothing here touches the database.
 */
export function parseTriptych(text: string): TriptychParse {
  const tooLarge = checkTextSize(text);
  if (tooLarge) return fail(tooLarge);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return invalidJson(body);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail('This is not a Triptych workshop file: it holds no workshop.');
  const { format, version } = raw as Record<string, unknown>;
  if (format !== TRIPTYCH_FORMAT)
    return fail(
      `This is not a Triptych workshop file: its "format" is ${JSON.stringify(format) ?? 'missing'}, not "${TRIPTYCH_FORMAT}".`,
      'format',
    );
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('The file has no valid format "version" (a whole number from 1).', 'version');
  if (version > TRIPTYCH_VERSION)
    return fail(
      `This file was made by a newer Triptych (file format version ${version}; this version reads up to ` +
        `${TRIPTYCH_VERSION}). Update Triptych to import it.`,
      'version',
    );

  const parsed = triptychFileSchema.safeParse(raw);
  if (parsed.success) {
    const data = parsed.data.workshop; // a file without decisions (or from before them) has none
    return { ok: true, data: { ...data, suggestionMarks: data.suggestionMarks ?? [] } };
  }
  const problems = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  const listed = problems.slice(0, SHOWN).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const more = problems.length > SHOWN ? ` (and ${problems.length - SHOWN} more)` : '';
  return {
    ok: false,
    message: `The file is not a valid Triptych workshop: ${listed.join('; ')}${more}.`,
    path: problems[0]!.path,
    problems,
  };
}

/** The `.triptych` text for a workshop. */
export function serializeTriptych(data: WorkshopData, exportedAt = new Date()): string {
  // Without decisions the field is left out, so the file still opens in a Triptych that predates it.
  const { suggestionMarks, ...rest } = data;
  const workshop = suggestionMarks?.length ? data : rest;
  const file = {
    format: TRIPTYCH_FORMAT,
    version: TRIPTYCH_VERSION,
    exportedAt: exportedAt.toISOString(),
    workshop,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
