import { ACCENT, ACCENT_SOFT, INK, LINE, MUTED } from './palette.js';
import { el, esc, svgDocument } from './svg.js';
import { FONT_FAMILY, textWidth } from './text.js';

export interface ChartSeries {
  label: string;
  color?: string;
}

export interface ChartGroup {
  label: string;
  /** One value per series (null = unknown, drawn as "not timed"), with its printed form. */
  values: readonly { value: number | null; text: string }[];
}

export interface BarChart {
  svg: string;
  width: number;
  height: number;
}

const SIZE = 9;
const BAR = 13;
const GROUP_GAP = 12;
const LEGEND = 22;
const COLORS = [ACCENT, ACCENT_SOFT];

/** Horizontal grouped bars at print size (points): one group per state, one bar per series. */
export function barChart(
  series: readonly ChartSeries[],
  groups: readonly ChartGroup[],
  width: number,
): BarChart {
  const labelW = Math.max(60, ...groups.map((g) => textWidth(g.label, SIZE, true) + 12));
  const valueW = Math.max(50, ...groups.flatMap((g) => g.values.map((v) => textWidth(v.text, SIZE) + 10)));
  const plotW = Math.max(60, width - labelW - valueW - 8);
  const max = Math.max(0, ...groups.flatMap((g) => g.values.map((v) => v.value ?? 0)));
  const groupH = series.length * (BAR + 3) + GROUP_GAP;
  const height = LEGEND + groups.length * groupH + 6;

  let legend = '';
  let lx = labelW;
  series.forEach((s, i) => {
    legend += el('rect', { x: lx, y: 4, width: 12, height: 9, fill: s.color ?? COLORS[i % COLORS.length] });
    legend += el('text', { x: lx + 16, y: 12, 'font-size': SIZE, fill: INK }, esc(s.label));
    lx += 16 + textWidth(s.label, SIZE) + 18;
  });

  let bars = '';
  groups.forEach((g, gi) => {
    const top = LEGEND + gi * groupH;
    const mid = top + (series.length * (BAR + 3)) / 2;
    bars += el(
      'text',
      { x: 4, y: mid + SIZE * 0.35, 'font-size': SIZE, 'font-weight': 'bold', fill: INK },
      esc(g.label),
    );
    g.values.forEach((v, si) => {
      const y = top + si * (BAR + 3);
      const w = v.value === null || max === 0 ? 0 : Math.max(1, (v.value / max) * plotW);
      const color = series[si]?.color ?? COLORS[si % COLORS.length];
      if (w > 0) bars += el('rect', { x: labelW, y, width: w, height: BAR, fill: color });
      bars += el(
        'text',
        {
          x: labelW + w + 4,
          y: y + BAR / 2 + SIZE * 0.35,
          'font-size': SIZE,
          fill: v.value === null ? MUTED : INK,
        },
        esc(v.text),
      );
    });
  });
  const axis = el('line', {
    x1: labelW,
    x2: labelW,
    y1: LEGEND - 2,
    y2: height - 4,
    stroke: LINE,
    'stroke-width': 0.8,
  });
  return { svg: svgDocument(width, height, legend + axis + bars, FONT_FAMILY), width, height };
}
