import { INK, KIND_STYLES, PAIN, TIME_INK } from './palette.js';
import { el, esc, n, textLines } from './svg.js';
import { type BoxText, G, type Geometry, SLANT, type SwimlaneStep, textInset } from './swimlane-layout.js';

/** One step's box: its shape by kind, title (number in bold), times and pain-point marker. */
export function drawBox(
  step: SwimlaneStep,
  text: BoxText,
  x: number,
  y: number,
  w: number,
  h: number,
  geo: Geometry,
) {
  const style = KIND_STYLES[step.kind];
  const shape =
    step.kind === 'decision'
      ? el('polygon', {
          points: [
            [x + SLANT, y],
            [x + w - SLANT, y],
            [x + w, y + h / 2],
            [x + w - SLANT, y + h],
            [x + SLANT, y + h],
            [x, y + h / 2],
          ]
            .map(([px, py]) => `${n(px!)},${n(py!)}`)
            .join(' '),
          fill: style.fill,
          stroke: style.stroke,
          'stroke-width': 0.9,
        })
      : el('rect', {
          x,
          y,
          width: w,
          height: h,
          rx: 3,
          fill: style.fill,
          stroke: style.stroke,
          'stroke-width': 0.9,
          'stroke-dasharray': style.dashed ? '3 2' : undefined,
        });
  const inset = textInset(step);
  const title = titleLines(step.number, text.title, x + inset, y + G.padY, geo);
  const detail = textLines(
    text.detail,
    x + inset,
    y + G.padY + text.title.length * geo.lineHeight,
    geo.size,
    // Times print in dark grey: readable on paper, still quieter than the title.
    { fill: TIME_INK },
    geo.lineHeight,
  );
  const pain =
    step.painPoints > 0
      ? el('circle', { cx: x + w - 1, cy: y + 1, r: 6.5, fill: PAIN }) +
        el(
          'text',
          {
            x: x + w - 1,
            y: y + 3.8,
            'font-size': 8,
            'font-weight': 'bold',
            fill: '#ffffff',
            'text-anchor': 'middle',
          },
          esc(String(step.painPoints)),
        )
      : '';
  return `<g>${shape}${title}${detail}${pain}</g>`;
}

/** The title lines, with the step number at the start of the first one in bold. */
function titleLines(number: number, lines: readonly string[], x: number, y: number, geo: Geometry): string {
  const prefix = `${number} `;
  return lines
    .map((line, i) => {
      const at = { x, y: y + geo.size * 0.9 + i * geo.lineHeight, 'font-size': geo.size, fill: INK };
      if (i > 0 || !`${line} `.startsWith(prefix)) return el('text', at, esc(line));
      const rest = esc(line.slice(prefix.length));
      return el('text', at, `<tspan font-weight="bold">${number}</tspan>${rest ? ` ${rest}` : ''}`);
    })
    .join('');
}
