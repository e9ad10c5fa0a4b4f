import { INK, LANE_FILL, LINE, ROW_ALT } from './palette.js';
import { el, svgDocument, textLines } from './svg.js';
import { connectors, defs } from './swimlane-arrows.js';
import { drawBox } from './swimlane-box.js';
import { FONT_FAMILY } from './text.js';
import {
  G,
  type Geometry,
  NO_LANE,
  type SwimlaneInput,
  type SwimlaneOptions,
  type SwimlaneStep,
  boxHeight,
  boxText,
  laneLabel,
  laneOf,
  rowHeights,
} from './swimlane-layout.js';
import { type PartPlan, columnWidth, planParts } from './swimlane-parts.js';
import { legend } from './swimlane-legend.js';

export type { SwimlaneInput, SwimlaneOptions, SwimlaneStep } from './swimlane-layout.js';

/** One page's worth of a swimlane diagram, drawn at print size in points. */
export interface SwimlanePage {
  svg: string;
  width: number;
  height: number;
  part: number;
  parts: number;
  steps: SwimlaneStep[];
  /** Names of the lanes this part shows, top to bottom. */
  lanes: string[];
  fontSize: number;
  /** Width of one step's column, in points. */
  column: number;
  /** Columns drawn: a hand-off down to a lane below shares its column with the step before. */
  columns: number;
}

/**
 * Draws a process map as swimlanes, left to right in flow order, one row per lane, split into
 * parts that each fit `width` × `maxHeight` without shrinking the text.
 */
export function swimlaneDiagram(input: SwimlaneInput, opts: SwimlaneOptions): SwimlanePage[] {
  const geo = geometry(opts);
  const plans = planParts(input, opts, geo);
  return plans.map((plan, i) => drawPart(input, plan, i, plans.length, opts, geo));
}

/** How a map would split on a page, without drawing it: to choose the page's orientation. */
export function swimlaneFit(input: SwimlaneInput, opts: SwimlaneOptions): { parts: number; column: number } {
  const plans = planParts(input, opts, geometry(opts));
  const column = Math.min(...plans.map((p) => columnWidth(opts.width, columnCount(p))));
  return { parts: plans.length, column };
}

function columnCount(plan: PartPlan): number {
  return (plan.columns[plan.columns.length - 1] ?? 0) + 1;
}

function geometry(opts: SwimlaneOptions): Geometry {
  const size = opts.fontSize ?? 8;
  return { size, lineHeight: size * 1.18 };
}

function drawPart(
  input: SwimlaneInput,
  plan: PartPlan,
  index: number,
  parts: number,
  opts: SwimlaneOptions,
  geo: Geometry,
): SwimlanePage {
  const count = columnCount(plan);
  const col = columnWidth(opts.width, count);
  const boxW = col - G.gap;
  const heights = rowHeights(input, plan.lanes, plan.steps, boxW, geo);
  const width = 2 * G.margin + G.laneLabel + count * col;
  const names = new Map(input.lanes.map((l) => [l.id, l.name]));
  const rowTop = new Map<string, number>();
  let y = G.margin;
  let rows = '';
  plan.lanes.forEach((id, r) => {
    const h = heights.get(id)!;
    rowTop.set(id, y);
    const label = laneLabel(id === NO_LANE ? 'No lane' : (names.get(id) ?? ''), geo);
    rows +=
      el('rect', {
        x: G.margin,
        y,
        width: width - 2 * G.margin,
        height: h,
        fill: r % 2 ? ROW_ALT : '#ffffff',
      }) +
      el('rect', { x: G.margin, y, width: G.laneLabel, height: h, fill: LANE_FILL }) +
      textLines(
        label,
        G.margin + 5,
        y + (h - label.length * geo.lineHeight) / 2,
        geo.size,
        {
          'font-weight': 'bold',
          fill: INK,
        },
        geo.lineHeight,
      ) +
      el('line', {
        x1: G.margin,
        x2: width - G.margin,
        y1: y + h,
        y2: y + h,
        stroke: LINE,
        'stroke-width': 0.6,
      });
    y += h;
  });
  const plotBottom = y;
  const frame = el('rect', {
    x: G.margin,
    y: G.margin,
    width: width - 2 * G.margin,
    height: plotBottom - G.margin,
    fill: 'none',
    stroke: LINE,
    'stroke-width': 0.8,
  });

  const centers: { x1: number; x2: number; cy: number; top: number; bottom: number }[] = [];
  let boxes = '';
  plan.steps.forEach((step, c) => {
    const lane = laneOf(step, plan.lanes);
    const text = boxText(step, boxW, geo);
    const h = boxHeight(text, geo);
    const x = G.margin + G.laneLabel + plan.columns[c]! * col + G.gap / 2;
    const top = rowTop.get(lane)! + (heights.get(lane)! - h) / 2;
    centers.push({ x1: x, x2: x + boxW, cy: top + h / 2, top, bottom: top + h });
    boxes += drawBox(step, text, x, top, boxW, h, geo);
  });

  const arrows = connectors(centers, index > 0, index < parts - 1, G.margin + G.laneLabel, width - G.margin);
  const height = plotBottom + G.legend + G.margin;
  const body =
    defs() +
    rows +
    frame +
    arrows +
    boxes +
    legend(plan.steps, G.margin, plotBottom + 5, geo.size, opts.legendNote, width - 2 * G.margin);
  return {
    svg: svgDocument(width, height, body, FONT_FAMILY),
    width,
    height,
    part: index + 1,
    parts,
    steps: plan.steps,
    lanes: plan.lanes.map((id) => (id === NO_LANE ? 'No lane' : (names.get(id) ?? ''))),
    fontSize: geo.size,
    column: col,
    columns: count,
  };
}
