import type { StepKind } from '../domain/types.js';
import { wrapText } from './text.js';

/** What a swimlane diagram draws: lanes, and steps in flow order (pure data, no domain ids needed). */
export interface SwimlaneStep {
  /** 1-based position in the flow, printed in the box and in the step table. */
  number: number;
  laneId: string | null;
  title: string;
  kind: StepKind;
  /** A second, muted line such as "30 min, wait 2 d". */
  detail: string;
  painPoints: number;
}

export interface SwimlaneInput {
  lanes: readonly { id: string; name: string }[];
  steps: readonly SwimlaneStep[];
}

/** Sizes in points: the diagram is drawn at print size, so font sizes are printed sizes. */
export interface SwimlaneOptions {
  width: number;
  maxHeight: number;
  /** A lower limit for the first part, which shares its page with the headings above it. */
  firstMaxHeight?: number;
  fontSize?: number;
  /** Printed at the end of the legend, e.g. what the second line of a box means. */
  legendNote?: string;
}

export const NO_LANE = '\u0000none';

export const G = {
  margin: 4,
  laneLabel: 70,
  minCol: 66,
  /** A map that fits one page may use columns this narrow rather than be split. */
  fitCol: 60,
  maxCol: 124,
  gap: 12,
  padX: 4,
  padY: 3,
  rowPad: 5,
  minRow: 30,
  legend: 20,
  titleLines: 4,
  detailLines: 2,
} as const;

export interface Geometry {
  size: number;
  lineHeight: number;
}

export interface BoxText {
  title: string[];
  detail: string[];
}

/** How far a decision's hexagon slants in at each side: its text stays clear of the slanted edges. */
export const SLANT = 5;

/** Where a box's text starts, from its left edge. */
export function textInset(step: SwimlaneStep): number {
  return G.padX + (step.kind === 'decision' ? SLANT : 0);
}

export function boxText(step: SwimlaneStep, boxWidth: number, geo: Geometry): BoxText {
  const inner = boxWidth - 2 * textInset(step);
  return {
    // Only the number is bold: a little slack covers it.
    title: wrapText(`${step.number} ${step.title}`, inner - 2, geo.size, { maxLines: G.titleLines }),
    detail: step.detail ? wrapText(step.detail, inner, geo.size, { maxLines: G.detailLines }) : [],
  };
}

export function boxHeight(text: BoxText, geo: Geometry): number {
  return 2 * G.padY + (text.title.length + text.detail.length) * geo.lineHeight;
}

export function laneLabel(name: string, geo: Geometry): string[] {
  return wrapText(name, G.laneLabel - 10, geo.size, { bold: true, maxLines: 4 });
}

/** Lane ids in display order, with a trailing row for steps that have no (known) lane. */
export function laneOrder(input: SwimlaneInput, steps: readonly SwimlaneStep[], all: boolean): string[] {
  const known = new Set(input.lanes.map((l) => l.id));
  const used = new Set(steps.map((s) => (s.laneId !== null && known.has(s.laneId) ? s.laneId : NO_LANE)));
  const ids = input.lanes.map((l) => l.id).filter((id) => all || used.has(id));
  if (used.has(NO_LANE)) ids.push(NO_LANE);
  return ids;
}

/**
 * Column of each step, from 0: a hand-off down to a lane below shares the column of the step before
 * it (the arrow goes straight down), anything else starts the next column.
 */
export function columnsOf(steps: readonly SwimlaneStep[], lanes: readonly string[]): number[] {
  const out: number[] = [];
  let prev = -1;
  steps.forEach((step, i) => {
    const row = lanes.indexOf(laneOf(step, lanes));
    out.push(i === 0 ? 0 : out[i - 1]! + (row > prev ? 0 : 1));
    prev = row;
  });
  return out;
}

export function laneOf(step: SwimlaneStep, lanes: readonly string[]): string {
  return step.laneId !== null && lanes.includes(step.laneId) ? step.laneId : NO_LANE;
}

/** Row heights per lane for a set of steps drawn with boxes `boxWidth` wide. */
export function rowHeights(
  input: SwimlaneInput,
  lanes: readonly string[],
  steps: readonly SwimlaneStep[],
  boxWidth: number,
  geo: Geometry,
): Map<string, number> {
  const names = new Map(input.lanes.map((l) => [l.id, l.name]));
  const heights = new Map<string, number>();
  for (const id of lanes) {
    const label = laneLabel(names.get(id) ?? 'No lane', geo);
    heights.set(id, Math.max(G.minRow, label.length * geo.lineHeight + 2 * G.rowPad));
  }
  for (const step of steps) {
    const lane = laneOf(step, lanes);
    const h = boxHeight(boxText(step, boxWidth, geo), geo) + 2 * G.rowPad;
    if (h > (heights.get(lane) ?? 0)) heights.set(lane, h);
  }
  return heights;
}

export function partHeight(heights: Map<string, number>): number {
  let sum = 2 * G.margin + G.legend;
  for (const h of heights.values()) sum += h;
  return sum;
}
