import { INK, LANE_FILL, LINE, MUTED, PAIN } from './palette.js';
import { KIND_STYLES } from './palette.js';
import { el, esc, svgDocument } from './svg.js';
import { FONT_FAMILY, wrapText } from './text.js';
import { NO_LANE, type SwimlaneInput } from './swimlane-layout.js';

/** A whole map on one page: every lane in the same order, each step a small numbered box. */
export interface OverviewDiagram {
  svg: string;
  width: number;
  height: number;
  bands: number;
}

const LABEL = 84;
const ROW = 15;
const BAND_GAP = 14;
const SIZE = 8;
const MIN_COL = 16;

/**
 * The map folded into bands of columns (left to right, then the next band below), all lanes in
 * every band, so a 150-step map reads as one picture. Boxes carry the step number; colour and
 * border follow the kind, as in the detailed diagram.
 */
export function overviewDiagram(input: SwimlaneInput, width: number, maxHeight: number): OverviewDiagram {
  const lanes = input.lanes.map((l) => l.id);
  if (input.steps.some((s) => s.laneId === null || !lanes.includes(s.laneId))) lanes.push(NO_LANE);
  const names = new Map(input.lanes.map((l) => [l.id, l.name]));
  const perBand = Math.max(1, Math.floor((width - LABEL - 8) / MIN_COL));
  const bands = Math.max(1, Math.ceil(input.steps.length / perBand));
  const perRow = Math.ceil(input.steps.length / bands);
  const col = Math.min(40, (width - LABEL - 8) / Math.max(1, perRow));
  const bandHeight = lanes.length * ROW;
  const height = Math.min(maxHeight, bands * bandHeight + (bands - 1) * BAND_GAP + 8);
  const row = (laneId: string | null) => {
    const i = lanes.indexOf(laneId ?? NO_LANE);
    return i < 0 ? lanes.length - 1 : i;
  };
  let body = '';
  for (let b = 0; b < bands; b++) {
    const top = 4 + b * (bandHeight + BAND_GAP);
    lanes.forEach((id, r) => {
      const y = top + r * ROW;
      body += el('rect', { x: 4, y, width: width - 8, height: ROW, fill: r % 2 ? '#ffffff' : LANE_FILL });
      const name = id === NO_LANE ? 'No lane' : (names.get(id) ?? '');
      const label = wrapText(name, LABEL - 8, SIZE)[0] ?? '';
      body += el('text', { x: 8, y: y + ROW - 4, 'font-size': SIZE, fill: INK }, esc(label));
    });
    body += el('line', { x1: LABEL, y1: top, x2: LABEL, y2: top + bandHeight, stroke: LINE });
    const steps = input.steps.slice(b * perRow, (b + 1) * perRow);
    let prev: { x: number; y: number } | null = null;
    steps.forEach((step, i) => {
      const x = LABEL + 4 + i * col;
      const y = top + row(step.laneId) * ROW + 2;
      const style = KIND_STYLES[step.kind];
      const w = col - 3;
      if (prev) {
        const path = `M${prev.x} ${prev.y}H${x - 1}V${y + (ROW - 4) / 2}`;
        body += el('path', { d: path, fill: 'none', stroke: MUTED, 'stroke-width': 0.6 });
      }
      body += el('rect', {
        x,
        y,
        width: w,
        height: ROW - 4,
        rx: step.kind === 'decision' ? 4 : 1,
        fill: style.fill,
        stroke: step.painPoints > 0 ? PAIN : style.stroke,
        'stroke-width': step.painPoints > 0 ? 1.2 : 0.6,
        'stroke-dasharray': style.dashed ? '2 1.5' : undefined,
      });
      if (w >= 13)
        body += el(
          'text',
          { x: x + w / 2, y: y + ROW - 7, 'font-size': w >= 18 ? 7 : 6, fill: INK, 'text-anchor': 'middle' },
          String(step.number),
        );
      prev = { x: x + w, y: y + (ROW - 4) / 2 };
    });
  }
  return { svg: svgDocument(width, height, body, FONT_FAMILY), width, height, bands };
}
