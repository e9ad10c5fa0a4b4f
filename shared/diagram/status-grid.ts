import { INK, MUTED } from './palette.js';
import { el, esc, n, svgDocument } from './svg.js';
import { FONT_FAMILY, textWidth, wrapText } from './text.js';

/** How a status reads without colour: an icon and a word. */
export interface GridMark {
  icon: string;
  label: string;
  tone: 'good' | 'bad' | 'mixed' | 'neutral';
}

export interface GridCell {
  numbers: number[];
  title: string;
  mark: GridMark;
}

/** One aligned row: the corresponding steps of each state (empty: no counterpart). */
export type GridRow = [GridCell[], GridCell[], GridCell[]];

export const TONES: Record<GridMark['tone'], { fill: string; stroke: string }> = {
  good: { fill: '#dcefd9', stroke: '#2e6b3d' },
  bad: { fill: '#f8dcd9', stroke: '#a1251b' },
  mixed: { fill: '#fcefcf', stroke: '#8a6d1d' },
  neutral: { fill: '#eef0f3', stroke: '#5b6574' },
};

const SIZE = 8;
const HEAD = 14;
const GAP = 10;
const ICON = 9;
const LEGEND_LINE = 13;
const TITLE_ROOM = 60;

/** Icon strokes in a 9 × 9 box: drawn, not typed (Arial has no ✓ or ✗, and paths draw fast). */
const ICON_PATHS: Record<string, string> = {
  '✓': 'M1 4.8L3.4 7.4L8 1.6',
  '✗': 'M1.5 1.5L7.5 7.5M7.5 1.5L1.5 7.5',
  '=': 'M1.5 3.2H7.5M1.5 5.8H7.5',
  '≈': 'M1 3.4Q2.75 1.8 4.5 3.4T8 3.4M1 6.2Q2.75 4.6 4.5 6.2T8 6.2',
  '+': 'M4.5 1.2V7.8M1.2 4.5H7.8',
  '½': 'M4.5 1A3.5 3.5 0 0 0 4.5 8M4.5 1A3.5 3.5 0 0 1 4.5 8Z',
  '·': 'M4.5 4.5h0.01',
};

function icon(mark: GridMark, x: number, y: number): string {
  const { stroke } = TONES[mark.tone];
  const d = ICON_PATHS[mark.icon] ?? ICON_PATHS['·']!;
  const half =
    mark.icon === '½'
      ? el('path', {
          d: 'M4.5 1A3.5 3.5 0 0 0 4.5 8Z',
          fill: stroke,
          transform: `translate(${n(x)} ${n(y)})`,
        })
      : '';
  return (
    el('path', {
      d,
      transform: `translate(${n(x)} ${n(y)})`,
      fill: 'none',
      stroke,
      'stroke-width': mark.icon === '·' ? 2.5 : 1.4,
      'stroke-linecap': 'round',
    }) + half
  );
}

function cell(c: GridCell[], x: number, y: number, w: number, h: number, twoLines: boolean): string {
  const first = c[0];
  if (!first)
    return el(
      'text',
      { x: x + w / 2, y: y + h / 2 + 3, 'font-size': SIZE, fill: MUTED, 'text-anchor': 'middle' },
      '–',
    );
  const tone = TONES[first.mark.tone];
  let out = el('rect', {
    x,
    y: y + 1,
    width: w,
    height: h - 2,
    rx: 1.5,
    fill: tone.fill,
    stroke: tone.stroke,
    'stroke-width': 0.6,
  });
  out += icon(first.mark, x + 2, y + (twoLines ? 3 : (h - ICON) / 2));
  const numbers = c.flatMap((s) => s.numbers).join('+');
  const room = w - ICON - 6;
  const text = wrapText(`${numbers} ${first.title}`, room, SIZE, { maxLines: 1 })[0] ?? numbers;
  // A title cut to a word or two says nothing: narrow cells show the number alone.
  const shown = room >= TITLE_ROOM ? text : numbers;
  const tx = x + ICON + 4;
  out += el(
    'text',
    { x: tx, y: y + (twoLines ? 10.5 : h / 2 + 3), 'font-size': SIZE, fill: INK },
    esc(shown),
  );
  if (twoLines)
    out += el('text', { x: tx, y: y + 20, 'font-size': SIZE, fill: MUTED }, esc(first.mark.label));
  return out;
}

/** Legend lines: per state, each mark it uses as its swatch, icon and word. */
function legend(entries: { state: string; marks: GridMark[] }[], width: number, top: number) {
  let body = '';
  let y = top;
  for (const entry of entries) {
    let x = 0;
    body += el(
      'text',
      { x, y: y + 8, 'font-size': SIZE, 'font-weight': 'bold', fill: INK },
      esc(`${entry.state}:`),
    );
    x += textWidth(`${entry.state}:`, SIZE, true) + 6;
    for (const mark of entry.marks) {
      const need = ICON + 4 + textWidth(mark.label, SIZE) + 10;
      if (x + need > width) {
        x = 40;
        y += LEGEND_LINE;
      }
      const tone = TONES[mark.tone];
      body += el('rect', {
        x,
        y: y - 0.5,
        width: ICON + 2,
        height: ICON + 2,
        rx: 1.5,
        fill: tone.fill,
        stroke: tone.stroke,
        'stroke-width': 0.6,
      });
      body += icon(mark, x + 1, y + 0.5);
      body += el('text', { x: x + ICON + 5, y: y + 8, 'font-size': SIZE, fill: INK }, esc(mark.label));
      x += need;
    }
    y += LEGEND_LINE;
  }
  return { body, height: y - top };
}

/**
 * The three states side by side on one page: a row per group of corresponding steps, a column per
 * state, each step filled in its status colour AND marked by an icon (and, when there is room, its
 * status in words). Long workshops fold into bands side by side, like newspaper columns.
 */
export function statusGrid(
  headings: readonly [string, string, string],
  rows: readonly GridRow[],
  entries: { state: string; marks: GridMark[] }[],
  width: number,
  maxHeight: number,
): { svg: string; width: number; height: number; bands: number } {
  const probe = legend(entries, width, 0).height + 8;
  const room = maxHeight - probe - HEAD;
  let row = 24;
  let bands = 1;
  if (rows.length * row > room) {
    row = 12;
    bands = Math.ceil((rows.length * row) / room);
    if (bands > 5) {
      row = 10;
      bands = Math.ceil((rows.length * row) / room);
    }
  }
  const twoLines = row === 24;
  const perBand = Math.max(1, Math.ceil(rows.length / bands));
  const bandW = (width - (bands - 1) * GAP) / bands;
  const cellW = (bandW - 4) / 3;
  let body = '';
  for (let b = 0; b < bands; b++) {
    const x0 = b * (bandW + GAP);
    headings.forEach((h, i) => {
      const label = wrapText(h, cellW - 2, SIZE, { bold: true, maxLines: 1 })[0] ?? '';
      body += el(
        'text',
        { x: x0 + i * (cellW + 2), y: 9, 'font-size': SIZE, 'font-weight': 'bold', fill: INK },
        esc(label),
      );
    });
    rows.slice(b * perBand, (b + 1) * perBand).forEach((r, ri) => {
      const y = HEAD + ri * row;
      r.forEach((c, i) => (body += cell(c, x0 + i * (cellW + 2), y, cellW, row, twoLines)));
    });
  }
  const gridHeight = HEAD + perBand * row;
  const key = legend(entries, width, gridHeight + 8);
  const height = gridHeight + 8 + key.height;
  return { svg: svgDocument(width, height, body + key.body, FONT_FAMILY), width, height, bands };
}
