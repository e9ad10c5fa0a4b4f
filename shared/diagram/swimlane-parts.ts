import {
  G,
  type Geometry,
  type SwimlaneInput,
  type SwimlaneOptions,
  type SwimlaneStep,
  columnsOf,
  laneOrder,
  partHeight,
  rowHeights,
} from './swimlane-layout.js';

/** A slice of the flow that fits on one page, with the lanes it shows. */
export interface PartPlan {
  steps: SwimlaneStep[];
  lanes: string[];
  /** Column of each step within the part, from 0. */
  columns: number[];
}

function maxColumns(width: number, min: number): number {
  return Math.max(1, Math.floor((width - 2 * G.margin - G.laneLabel) / min));
}

/**
 * Splits a long flow into parts that fit the page. A map that fits one page (columns down to
 * `G.fitCol`) is never split. A larger one is cut into ceil(n / per page) parts of even size (nine
 * steps become five and four, never eight and one), one more part at a time while a part is too
 * tall; every part shows all the map's lanes in the map's order, so rows line up from part to part.
 */
export function planParts(input: SwimlaneInput, opts: SwimlaneOptions, geo: Geometry): PartPlan[] {
  const steps = input.steps;
  if (steps.length === 0) return [];
  const lanes = laneOrder(input, steps, true);
  const plan = (slice: SwimlaneStep[]): PartPlan => ({
    steps: slice,
    lanes,
    columns: columnsOf(slice, lanes),
  });
  const fits = (slice: SwimlaneStep[], limit: number) => {
    const { columns } = plan(slice);
    const box = columnWidth(opts.width, columns[columns.length - 1]! + 1) - G.gap;
    return partHeight(rowHeights(input, lanes, slice, box, geo)) <= limit;
  };
  const byColumn: SwimlaneStep[][] = [];
  columnsOf(steps, lanes).forEach((c, i) => (byColumn[c] ??= []).push(steps[i]!));

  const single = opts.firstMaxHeight ?? opts.maxHeight;
  if (byColumn.length <= maxColumns(opts.width, G.fitCol) && fits([...steps], single))
    return [plan([...steps])];

  const cols = maxColumns(opts.width, G.minCol);
  const total = byColumn.length;
  let chosen = slices(byColumn, evenSizes(total, total));
  for (let parts = Math.max(2, Math.ceil(total / cols)); parts < total; parts++) {
    const even = slices(byColumn, evenSizes(total, parts));
    if (even.every((s) => fits(s.flat(), opts.maxHeight))) {
      chosen = even;
      break;
    }
  }
  return chosen.map((s) => plan(s.flat()));
}

function evenSizes(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const extra = total % parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

function slices<T>(steps: readonly T[], sizes: readonly number[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(steps.slice(at, at + size));
    at += size;
  }
  return out;
}

/** Column width for a part: as wide as the page allows, up to a comfortable maximum. */
export function columnWidth(width: number, columns: number): number {
  const free = (width - 2 * G.margin - G.laneLabel) / Math.max(1, columns);
  return Math.max(G.fitCol, Math.min(G.maxCol, free));
}
