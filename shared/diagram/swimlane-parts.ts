import {
  G,
  type Geometry,
  type SwimlaneInput,
  type SwimlaneOptions,
  type SwimlaneStep,
  laneOrder,
  partHeight,
  rowHeights,
} from './swimlane-layout.js';

/** A slice of the flow that fits on one page, with the lanes it shows. */
export interface PartPlan {
  steps: SwimlaneStep[];
  lanes: string[];
}

function maxColumns(width: number): number {
  return Math.max(1, Math.floor((width - 2 * G.margin - G.laneLabel) / G.minCol));
}

/**
 * Splits a long flow into parts that fit the page: as few as possible, then evened out, so nine
 * steps become five and four rather than eight and one. A single part shows every lane; parts of
 * a split map show only the lanes their steps use, so each stays readable.
 */
export function planParts(input: SwimlaneInput, opts: SwimlaneOptions, geo: Geometry): PartPlan[] {
  const steps = input.steps;
  if (steps.length === 0) return [];
  const cols = maxColumns(opts.width);
  const limit = (part: number) => (part === 0 ? (opts.firstMaxHeight ?? opts.maxHeight) : opts.maxHeight);
  const fits = (slice: readonly SwimlaneStep[], all: boolean, part: number) => {
    const box = columnWidth(opts.width, slice.length) - G.gap;
    return partHeight(rowHeights(input, laneOrder(input, slice, all), slice, box, geo)) <= limit(part);
  };

  if (steps.length <= cols && fits(steps, true, 0))
    return [{ steps: [...steps], lanes: laneOrder(input, steps, true) }];

  const greedy: number[] = [];
  let start = 0;
  while (start < steps.length) {
    let end = start + 1;
    while (
      end < steps.length &&
      end - start < cols &&
      fits(steps.slice(start, end + 1), false, greedy.length)
    )
      end += 1;
    greedy.push(end - start);
    start = end;
  }
  const sizes = evenSizes(steps.length, greedy.length);
  const even = slices(steps, sizes);
  const chosen = even.every((s, i) => s.length <= cols && fits(s, false, i)) ? even : slices(steps, greedy);
  return chosen.map((s) => ({ steps: s, lanes: laneOrder(input, s, false) }));
}

function evenSizes(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const extra = total % parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

function slices(steps: readonly SwimlaneStep[], sizes: readonly number[]): SwimlaneStep[][] {
  const out: SwimlaneStep[][] = [];
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
  return Math.max(G.minCol, Math.min(G.maxCol, free));
}
