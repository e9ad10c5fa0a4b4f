import { CSV_HEADERS } from '../../shared/exchange/csv-columns.js';
import type { CsvPreview } from '../../shared/ipc/exchange.channels.js';

/** A CSV preview for the terminal: how columns were read, then every problem by row. */
export function csvPreviewText(preview: CsvPreview): string {
  const lines = [
    `Encoding ${preview.encoding}, delimiter ${JSON.stringify(preview.delimiter)}, ${preview.rows.length} rows.`,
  ];
  for (const c of preview.columns)
    lines.push(
      `  ${c.header} → ${c.field ? CSV_HEADERS[c.field] : '(not imported)'}${c.source === 'mapping' ? ' (mapped)' : ''}`,
    );
  for (const p of preview.problems) lines.push(`Problem: ${p}`);
  for (const r of preview.rows)
    for (const e of r.errors) lines.push(`Row ${r.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
  lines.push(
    preview.errorCount === 0
      ? 'Ready to import.'
      : `${preview.errorCount} problem(s): nothing would be imported.`,
  );
  return lines.join('\n');
}
