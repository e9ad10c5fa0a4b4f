import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { COMPACT_TABLE_STYLE, TABLE_STYLE } from './styles.js';

/** Tables up to this many rows are kept on one page (with the heading before them). */
const KEEP_TOGETHER = 15;
/** Longer tables print compact (8 pt, tighter cells): a 150-step map's table in a few pages. */
const COMPACT_FROM = 30;

/** One column: its title, its share of the table's width, and how its cells are aligned. */
export interface Column {
  title: string;
  share: number;
  align?: 'left' | 'right';
}

/**
 * A cell: plain text, or lines (the first bold when `strong`), across `span` columns (the cells it
 * covers are left out of the row).
 */
export type Cell = string | { lines: readonly string[]; strong?: boolean; span?: number };

const spanOf = (cell: Cell | undefined) => (typeof cell === 'object' ? (cell.span ?? 1) : 1);

function cellParagraphs(cell: Cell, align: 'left' | 'right', style: string): Paragraph[] {
  const lines = typeof cell === 'string' ? [cell] : cell.lines.length ? cell.lines : [''];
  const strong = typeof cell !== 'string' && cell.strong === true;
  // Only what differs from the style is written, and an empty line has no run: big tables stay
  // small and quick to build and pack.
  return lines.map(
    (text, i) =>
      new Paragraph({
        style,
        ...(align === 'right' ? { alignment: AlignmentType.RIGHT } : {}),
        ...(text ? { children: [new TextRun(strong && i === 0 ? { text, bold: true } : text)] } : {}),
      }),
  );
}

const blank = (cell: Cell | undefined) =>
  cell === undefined || (typeof cell === 'string' ? cell : cell.lines.join('')).trim() === '';

/** The columns with something in them (and the rows cut to match): an all-empty column says nothing. */
function filled(columns: readonly Column[], rows: readonly (readonly Cell[])[]) {
  // A column a span covers has something in it.
  const covered = (r: readonly Cell[], i: number) => r.some((c, j) => j < i && j + spanOf(c) > i);
  const keep = columns.map((_, i) => rows.length === 0 || rows.some((r) => !blank(r[i]) || covered(r, i)));
  return {
    columns: columns.filter((_, i) => keep[i]),
    rows: rows.map((r) => columns.map((_, i) => r[i] ?? '').filter((_, i) => keep[i])),
  };
}

/**
 * A data table in the report's one table style: fixed column widths (twips), a header row that
 * repeats on every page, rows that never split across pages, short tables kept on one page, long
 * ones compact, and columns that are empty in every row left out.
 */
export function dataTable(
  allColumns: readonly Column[],
  allRows: readonly (readonly Cell[])[],
  widthTwips: number,
  opts: {
    /** Rows to keep on the page of the row after them (by index), in place of keeping a short table whole. */
    keepWithNext?: readonly boolean[];
    /** Compact whatever the count of rows (rows of many lines each). */
    compact?: boolean;
  } = {},
): Table {
  const { columns, rows } = filled(allColumns, allRows);
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  const widths = columns.map((c) => Math.floor((c.share / total) * widthTwips));
  const { keepWithNext } = opts;
  const together = !keepWithNext && rows.length <= KEEP_TOGETHER;
  const compact = opts.compact ?? rows.length >= COMPACT_FROM;
  const textStyle = compact ? 'TableCompact' : 'TableText';
  const row = (cells: readonly Cell[], header: boolean, last = false, keep = false) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      ...((together && !last) || keep ? { keepNext: true } : {}),
      cantSplit: true,
      // No width per cell: docx gives each cell its column's width as it writes the table.
      children: columns.flatMap((c, i) => {
        const span = header ? 1 : spanOf(cells[i]);
        if (!header && cells.some((cell, j) => j < i && j + spanOf(cell) > i)) return [];
        return [
          new TableCell({
            ...(span > 1 ? { columnSpan: span } : {}),
            children: cellParagraphs(
              header ? c.title : (cells[i] ?? ''),
              header ? 'left' : (c.align ?? 'left'),
              textStyle,
            ),
          }),
        ];
      }),
    });
  return new Table({
    style: compact ? COMPACT_TABLE_STYLE : TABLE_STYLE,
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    tableLook: { firstRow: true, noVBand: true, noHBand: true },
    rows: [
      row([], true),
      ...rows.map((r, i) => row(r, false, i === rows.length - 1, keepWithNext?.[i] === true)),
    ],
  });
}
