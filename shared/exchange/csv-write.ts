import Papa from 'papaparse';
import { formatDuration } from '../domain/duration.js';
import type { MapState } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import { CSV_FIELDS, CSV_HEADERS, type CsvField } from './csv-columns.js';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab or CR) gets a `'`
 * in front, so opening an export never executes anything; import strips it again.
 */
export function escapeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One state's steps as CSV, with the headers import recognises; UTF-8 with a BOM so Excel reads accents. */
export function stepsToCsv(data: WorkshopData, state: MapState): string {
  const map = data.maps[state];
  const hours = data.workshop.hoursPerDay;
  const lanes = new Map(map.lanes.map((l) => [l.id, l.name]));
  const rows = map.steps.map((s) => {
    const pains = data.painPoints.filter((p) => p.stepId === s.id).map((p) => p.text);
    const cells: Record<CsvField, string> = {
      state,
      lane: s.laneId ? (lanes.get(s.laneId) ?? '') : '',
      title: s.title,
      description: s.description,
      kind: s.kind,
      tools: s.tools.join('; '),
      processTime: s.processMinutes === null ? '' : formatDuration(s.processMinutes, hours),
      waitTime: s.waitMinutes === null ? '' : formatDuration(s.waitMinutes, hours),
      pctCompleteAccurate: s.pctCompleteAccurate === null ? '' : String(s.pctCompleteAccurate),
      automation: s.automation ?? '',
      valueClass: s.valueClass ?? '',
      environment: s.environment ?? '',
      painPoints: pains.join('\n'),
      notes: s.notes,
    };
    return CSV_FIELDS.map((f) => escapeCell(cells[f]));
  });
  const csv = Papa.unparse(
    { fields: CSV_FIELDS.map((f) => CSV_HEADERS[f]), data: rows },
    { newline: '\r\n', escapeFormulae: false },
  );
  return `\uFEFF${csv}\r\n`;
}
