import type { WorkshopSummary } from '../../shared/domain/types.js';

export function workshopTable(rows: WorkshopSummary[]): string {
  if (rows.length === 0)
    return 'No workshops yet. Create one with: triptych new --client <name> --title <title>';
  const header = ['ID', 'CLIENT', 'TITLE', 'DATE', 'STATUS'];
  const body = rows.map((r) => [
    r.id,
    r.client,
    r.title,
    r.date ?? '',
    r.status + (r.archived ? ' (archived)' : ''),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...body.map(line)].join('\n');
}
