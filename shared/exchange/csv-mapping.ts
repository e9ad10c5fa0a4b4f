import { type CsvField, type CsvMappingTarget, CSV_HEADERS, fieldForHeader } from './csv-columns.js';

export interface CsvColumn {
  index: number;
  header: string;
  field: CsvField | null;
  /** How the field was chosen: a recognised header name, the caller's mapping, or not at all. */
  source: 'header' | 'mapping' | 'none';
}

/**
 * Which field each column holds: the caller's mapping first, else a recognised header name.
 * Adds a problem for a mapping naming no column, a field read from two columns, or no step names.
 */
export function columnsOf(
  headers: string[],
  mapping: Record<string, CsvMappingTarget> | undefined,
  problems: string[],
): CsvColumn[] {
  const columns = headers.map((raw, index): CsvColumn => {
    const header = raw.trim() || `Column ${index + 1}`;
    const mapped = mapping && Object.hasOwn(mapping, header) ? mapping[header] : undefined;
    if (mapped !== undefined)
      return { index, header, field: mapped === 'ignore' ? null : mapped, source: 'mapping' };
    const field = fieldForHeader(header);
    return { index, header, field, source: field ? 'header' : 'none' };
  });
  for (const name of Object.keys(mapping ?? {}))
    if (!columns.some((c) => c.header === name))
      problems.push(`The mapping names a column "${name}" the file does not have.`);
  const taken = new Map<CsvField, string>();
  for (const c of columns) {
    if (!c.field) continue;
    const first = taken.get(c.field);
    if (first)
      problems.push(
        `Columns "${first}" and "${c.header}" are both read as ${CSV_HEADERS[c.field]}; map one of them to ignore.`,
      );
    else taken.set(c.field, c.header);
  }
  if (!taken.has('title'))
    problems.push(
      `No column holds the step names: name one "Step" (or "Activity", "Task", "Title") or map it.`,
    );
  return columns;
}
