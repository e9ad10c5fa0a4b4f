import { INK, KIND_STYLES, LANE_FILL, LINE, MUTED, PAIN } from './palette.js';
import { el, esc, svgDocument } from './svg.js';
import { FONT_FAMILY, textWidth, wrapText } from './text.js';
import { NO_LANE, type SwimlaneInput } from './swimlane-layout.js';

/** A whole map on one page: every lane in the same order, each step a small box in its lane. */
export interface OverviewDiagram {
  svg: string;
  width: number;
  height: number;
  bands: number;
}

/** Every text is printed at this size (points): the picture is drawn at print size, never scaled. */
const SIZE = 8;
const ROW = 11;
const RULER = 11;
const BAND_GAP = 8;
const MAX_LABEL = 96;
/** Columns narrower than this make a band hold fewer steps when the height allows another band. */
const COMFORT_COL = 14;
/** Step numbers on the ruler are at least this far apart. */
const RULER_GAP = 18;

function laneLabelWidth(names: readonly string[]): number {
  const widest = Math.max(0, ...names.map((n) => textWidth(n, SIZE, true)));
  return Math.min(MAX_LABEL, Math.max(40, Math.ceil(widest) + 8));
}

/** Numbers above a band where they fit at print size: its first step, then every `every` steps. */
function ruler(numbers: readonly number[], x0: number, col: number, y: number): string {
  const every = [1, 2, 5, 10, 20, 50, 100].find((k) => k * col >= RULER_GAP) ?? 100;
  let out = '';
  let lastX = Number.NEGATIVE_INFINITY;
  numbers.forEach((n, i) => {
    if (i > 0 && n % every !== 0) return;
    const x = x0 + i * col + col / 2;
    if (x - lastX < RULER_GAP) return;
    lastX = x;
    out += el('text', { x, y, 'font-size': SIZE, fill: INK, 'text-anchor': 'middle' }, String(n));
  });
  return out;
}

/**
 * The map folded into bands of columns (left to right, then the next band below), all lanes in
 * every band, so a 150-step map reads as one picture at print size: lane names and step numbers
 * are 8 pt. A box holds its number when it is wide enough; otherwise a ruler above the band numbers
 * every few steps. Colour and border follow the kind, as in the detailed diagram; a red border
 * marks pain points.
 */
export function overviewDiagram(input: SwimlaneInput, width: number, maxHeight: number): OverviewDiagram {
  const lanes = input.lanes.map((l) => l.id);
  if (input.steps.some((s) => s.laneId === null || !lanes.includes(s.laneId))) lanes.push(NO_LANE);
  const names = new Map(input.lanes.map((l) => [l.id, l.name]));
  const nameOf = (id: string) => (id === NO_LANE ? 'No lane' : (names.get(id) ?? ''));
  const label = laneLabelWidth(lanes.map(nameOf));
  const avail = width - label - 8;
  const count = Math.max(1, input.steps.length);
  const bandHeight = RULER + lanes.length * ROW;
  const fit = Math.floor((maxHeight - 8 + BAND_GAP) / (bandHeight + BAND_GAP));
  const roomy = Math.ceil(count / Math.max(1, Math.floor(avail / COMFORT_COL)));
  const bands = Math.max(1, Math.min(roomy, fit));
  const perBand = Math.ceil(count / bands);
  const col = Math.min(40, avail / perBand);
  const height = bands * bandHeight + (bands - 1) * BAND_GAP + 8;
  const numbersInBoxes = textWidth(String(input.steps.length), SIZE) <= col - 4;
  const rowOf = (laneId: string | null) => {
    const i = lanes.indexOf(laneId ?? NO_LANE);
    return i < 0 ? lanes.length - 1 : i;
  };
  let body = '';
  for (let b = 0; b < bands; b++) {
    const top = 4 + b * (bandHeight + BAND_GAP) + RULER;
    lanes.forEach((id, r) => {
      const y = top + r * ROW;
      body += el('rect', { x: 4, y, width: width - 8, height: ROW, fill: r % 2 ? '#ffffff' : LANE_FILL });
      const text = wrapText(nameOf(id), label - 8, SIZE, { bold: true, maxLines: 1 })[0] ?? '';
      body += el(
        'text',
        { x: 8, y: y + ROW - 2.5, 'font-size': SIZE, 'font-weight': 'bold', fill: INK },
        esc(text),
      );
    });
    body += el('line', { x1: label, y1: top, x2: label, y2: top + lanes.length * ROW, stroke: LINE });
    const steps = input.steps.slice(b * perBand, (b + 1) * perBand);
    const x0 = label + 4;
    if (!numbersInBoxes)
      body += ruler(
        steps.map((s) => s.number),
        x0,
        col,
        top - 2.5,
      );
    let prev: { x: number; y: number } | null = null;
    steps.forEach((step, i) => {
      const x = x0 + i * col;
      const y = top + rowOf(step.laneId) * ROW + 1.5;
      const h = ROW - 3;
      const w = Math.max(2, col - Math.min(3, col / 4));
      const style = KIND_STYLES[step.kind];
      if (prev) {
        const level = Math.abs(prev.y - (y + h / 2)) < 1;
        const path = level
          ? `M${prev.x} ${prev.y}H${x}`
          : `M${prev.x} ${prev.y}H${x + w / 2}V${prev.y < y ? y : y + h}`;
        body += el('path', { d: path, fill: 'none', stroke: MUTED, 'stroke-width': 0.5 });
      }
      body += el('rect', {
        x,
        y,
        width: w,
        height: h,
        rx: step.kind === 'decision' ? 3 : 0.8,
        fill: style.fill,
        stroke: step.painPoints > 0 ? PAIN : style.stroke,
        'stroke-width': step.painPoints > 0 ? 1.2 : 0.6,
        'stroke-dasharray': style.dashed ? '2 1.5' : undefined,
      });
      if (numbersInBoxes)
        body += el(
          'text',
          { x: x + w / 2, y: y + h - 1.5, 'font-size': SIZE, fill: INK, 'text-anchor': 'middle' },
          String(step.number),
        );
      prev = { x: x + w, y: y + h / 2 };
    });
  }
  return { svg: svgDocument(width, height, body, FONT_FAMILY), width, height, bands };
}
