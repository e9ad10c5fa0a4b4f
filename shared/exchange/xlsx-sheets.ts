import type { MapState } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import { CSV_FIELDS, CSV_HEADERS, type CsvField } from './csv-columns.js';

/** A worksheet as plain data: the writer adds the header style, filters and frozen header row. */
export interface SheetSpec {
  name: string;
  columns: { header: string; width: number }[];
  rows: (string | number | null)[][];
}

/** Minutes as numbers under a "(min)" header: exact, sortable, and read back as minutes. */
const HEADERS: Record<CsvField, string> = {
  ...CSV_HEADERS,
  processTime: `${CSV_HEADERS.processTime} (min)`,
  waitTime: `${CSV_HEADERS.waitTime} (min)`,
};

const WIDTHS: Partial<Record<CsvField, number>> = {
  lane: 18,
  title: 36,
  description: 40,
  tools: 22,
  painPoints: 40,
  notes: 32,
};

export function stepsSheet(data: WorkshopData, state: MapState): SheetSpec {
  const map = data.maps[state];
  const lanes = new Map(map.lanes.map((l) => [l.id, l.name]));
  const rows = map.steps.map((s) => {
    const cells: Record<CsvField, string | number | null> = {
      state,
      lane: s.laneId ? (lanes.get(s.laneId) ?? '') : '',
      title: s.title,
      description: s.description,
      kind: s.kind,
      tools: s.tools.join('; '),
      processTime: s.processMinutes,
      waitTime: s.waitMinutes,
      pctCompleteAccurate: s.pctCompleteAccurate,
      automation: s.automation,
      valueClass: s.valueClass,
      environment: s.environment,
      painPoints: data.painPoints
        .filter((p) => p.stepId === s.id)
        .map((p) => p.text)
        .join('\n'),
      notes: s.notes,
    };
    return CSV_FIELDS.map((f) => cells[f]);
  });
  return {
    name: `Steps (${state})`,
    columns: CSV_FIELDS.map((f) => ({ header: HEADERS[f], width: WIDTHS[f] ?? 14 })),
    rows,
  };
}

function stepTitles(data: WorkshopData): Map<string, string> {
  return new Map(Object.values(data.maps).flatMap((m) => m.steps.map((s) => [s.id, s.title] as const)));
}

export function actionsSheet(data: WorkshopData): SheetSpec {
  const findings = new Map(data.findings.map((f) => [f.id, f.title]));
  const recommendations = new Map(data.recommendations.map((r) => [r.id, r.text]));
  return {
    name: 'Actions',
    columns: [
      { header: 'Action', width: 40 },
      { header: 'Owner', width: 18 },
      { header: 'Due', width: 12 },
      { header: 'Priority', width: 10 },
      { header: 'Status', width: 12 },
      { header: 'Finding', width: 32 },
      { header: 'Recommendation', width: 32 },
    ],
    rows: data.actions.map((a) => [
      a.title,
      a.owner,
      a.dueDate,
      a.priority,
      a.status,
      a.findingId ? (findings.get(a.findingId) ?? '') : '',
      a.recommendationId ? (recommendations.get(a.recommendationId) ?? '') : '',
    ]),
  };
}

export function findingsSheet(data: WorkshopData): SheetSpec {
  const titles = stepTitles(data);
  return {
    name: 'Findings',
    columns: [
      { header: 'Finding', width: 36 },
      { header: 'Detail', width: 48 },
      { header: 'Category', width: 14 },
      { header: 'Root cause', width: 14 },
      { header: 'Severity', width: 10 },
      { header: 'Evidence', width: 32 },
      { header: 'Steps', width: 32 },
    ],
    rows: data.findings.map((f) => [
      f.title,
      f.detail,
      f.category,
      f.rootCause,
      f.severity,
      f.evidence,
      f.stepIds
        .map((id) => titles.get(id) ?? '')
        .filter(Boolean)
        .join('; '),
    ]),
  };
}

/** The workbook an export writes: the state's steps first, then the action register and findings. */
export function workbookSheets(data: WorkshopData, state: MapState): SheetSpec[] {
  return [stepsSheet(data, state), actionsSheet(data), findingsSheet(data)];
}
