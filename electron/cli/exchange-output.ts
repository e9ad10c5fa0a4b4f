import { CSV_HEADERS } from '../../shared/exchange/csv-columns.js';
import type { TableRead } from '../../shared/exchange/csv-read.js';
import type { CsvPreview, XlsxPreview } from '../../shared/ipc/exchange.channels.js';

/** A CSV preview for the terminal: how columns were read, then every problem by row. */
export function csvPreviewText(preview: CsvPreview): string {
  return tableText(
    preview,
    `Encoding ${preview.encoding}, delimiter ${JSON.stringify(preview.delimiter)}, ${preview.rows.length} rows.`,
  );
}

/** An Excel preview: the worksheets, which one was read, then the same as a CSV preview. */
export function xlsxPreviewText(preview: XlsxPreview): string {
  const sheets = preview.sheets.map((s) => `"${s.name}" (${s.rows} rows)`).join(', ');
  return tableText(preview, `Worksheets ${sheets}; reading "${preview.sheet}", ${preview.rows.length} rows.`);
}

function tableText(preview: TableRead, first: string): string {
  const lines = [first];
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
      : `${preview.errorCount} problem(s): nothing would be imported (add --leave-bad-cells-empty to import the rest).`,
  );
  return lines.join('\n');
}
