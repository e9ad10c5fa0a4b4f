import Papa from 'papaparse';
import type { MapState } from '../domain/types.js';
import * as cells from './csv-cells.js';
import { type CsvField, type CsvMappingTarget, headerUnit } from './csv-columns.js';
import { type CsvColumn, columnsOf } from './csv-mapping.js';
import { emptyDraft, type StepDraft } from './step-draft.js';

export type { CsvColumn } from './csv-mapping.js';

export interface CsvCellError {
  /** Null for a problem with the whole row. */
  field: CsvField | null;
  column: string | null;
  message: string;
}

export interface CsvRow {
  /** The row number in a spreadsheet (the header is row 1; blank lines are not counted). */
  row: number;
  state: MapState | null;
  step: StepDraft;
  errors: CsvCellError[];
}

export interface CsvReadOptions {
  hoursPerDay: number;
  /** Where rows go; when absent, each row's State column says. */
  state?: MapState | undefined;
  mapping?: Record<string, CsvMappingTarget> | undefined;
}

export interface CsvTable {
  delimiter: string;
  columns: CsvColumn[];
  /** Headers with no field: the caller may map them. */
  unmapped: string[];
  rows: CsvRow[];
  /** Problems with the whole file (no title column, a column mapped twice...). */
  problems: string[];
  errorCount: number;
}

function readRow(values: string[], row: number, columns: CsvColumn[], opts: CsvReadOptions): CsvRow {
  const step = emptyDraft();
  const errors: CsvCellError[] = [];
  let rowState: MapState | null = null;
  for (const column of columns) {
    const raw = cells.unescapeCell(values[column.index] ?? '');
    const fail = (message: string) => errors.push({ field: column.field, column: column.header, message });
    const unit = headerUnit(column.header);
    const set = <T>(cell: cells.Cell<T>, apply: (value: T) => void) =>
      cell.ok ? apply(cell.value) : fail(cell.message);
    switch (column.field) {
      case null:
        break;
      case 'state':
        // A state chosen for the import wins over the column.
        if (!opts.state) set(cells.state(raw), (v) => (rowState = v));
        break;
      case 'lane':
      case 'title':
      case 'description':
      case 'notes': {
        const key = column.field;
        set(cells.text(raw), (v) => (step[key] = v));
        break;
      }
      case 'kind':
        set(cells.kind(raw), (v) => (step.kind = v));
        break;
      case 'tools':
        set(cells.list(raw), (v) => (step.tools = v));
        break;
      case 'processTime':
        set(cells.duration(raw, opts.hoursPerDay, unit), (v) => (step.processMinutes = v));
        break;
      case 'waitTime':
        set(cells.duration(raw, opts.hoursPerDay, unit), (v) => (step.waitMinutes = v));
        break;
      case 'pctCompleteAccurate':
        set(cells.percent(raw), (v) => (step.pctCompleteAccurate = v));
        break;
      case 'automation':
        set(cells.automation(raw), (v) => (step.automation = v));
        break;
      case 'valueClass':
        set(cells.valueClass(raw), (v) => (step.valueClass = v));
        break;
      case 'environment':
        set(cells.environment(raw), (v) => (step.environment = v));
        break;
      case 'painPoints':
        set(cells.lines(raw), (v) => (step.painPoints = v));
        break;
    }
  }
  const state = opts.state ?? rowState;
  const titled = columns.some((c) => c.field === 'title');
  if (titled && step.title === '' && !errors.some((e) => e.field === 'title'))
    errors.push({
      field: 'title',
      column: columns.find((c) => c.field === 'title')!.header,
      message: 'A step needs a name',
    });
  if (state === null)
    errors.push({
      field: 'state',
      column: null,
      message: 'No state: fill the State column or choose a state to import into',
    });
  return { row, state, step, errors };
}

/** The result of reading any table (CSV or a worksheet) before its source's details are added. */
export type TableRead = Omit<CsvTable, 'delimiter'>;

type DataRow = { row: number; values: string[] };

function tableRows(headers: string[], data: DataRow[], opts: CsvReadOptions, problems: string[]) {
  const columns = columnsOf(headers, opts.mapping, problems);
  const rows = data.map(({ row: number, values }) => {
    const row = readRow(values, number, columns, opts);
    const extra = values.slice(headers.length).some((v) => v.trim() !== '');
    if (values.length < headers.length || extra)
      row.errors.unshift({
        field: null,
        column: null,
        message: `This row has ${values.length} cells but the header has ${headers.length}; a delimiter or quote may be missing`,
      });
    return row;
  });
  return { columns, rows };
}

function finish(columns: CsvColumn[], rows: CsvRow[], problems: string[]): TableRead {
  if (rows.length === 0 && problems.length === 0) problems.push('The file has a header but no steps.');
  const unmapped = columns.filter((c) => c.source === 'none').map((c) => c.header);
  const errorCount = problems.length + rows.reduce((n, r) => n + r.errors.length, 0);
  return { columns, unmapped, rows, problems, errorCount };
}

/**
 * Maps and checks a table of text cells: the header row, then data rows with the row number a
 * spreadsheet shows for each. Writes nothing; every row carries its own errors.
 */
export function readTable(headers: string[], data: DataRow[], opts: CsvReadOptions): TableRead {
  const problems: string[] = [];
  const { columns, rows } = tableRows(headers, data, opts, problems);
  return finish(columns, rows, problems);
}

/** Parses, maps and checks a CSV text; writes nothing. Every row carries its own errors. */
export function readCsv(text: string, opts: CsvReadOptions): CsvTable {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const problems: string[] = [];
  const [headers, ...data] = parsed.data;
  if (!headers)
    return {
      delimiter: ',',
      columns: [],
      unmapped: [],
      rows: [],
      problems: ['The file has no rows.'],
      errorCount: 1,
    };
  const { columns, rows } = tableRows(
    headers,
    data.map((values, i) => ({ row: i + 2, values })),
    opts,
    problems,
  );
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    const target = error.row !== undefined ? rows[error.row - 1] : undefined;
    if (target) target.errors.push({ field: null, column: null, message: error.message });
    else problems.push(error.message);
  }
  return { delimiter: parsed.meta.delimiter, ...finish(columns, rows, problems) };
}
