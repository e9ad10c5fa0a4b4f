import { STEP_KINDS } from '../domain/types.js';
import { INK, KIND_STYLES, PAIN } from './palette.js';
import { el, esc } from './svg.js';
import type { SwimlaneStep } from './swimlane-layout.js';
import { textWidth } from './text.js';

/**
 * One line naming the step kinds this part uses, and the pain-point marker if it appears; within
 * `maxWidth` the marker's "(count)" is dropped first so the note still fits.
 */
export function legend(
  steps: readonly SwimlaneStep[],
  x: number,
  y: number,
  size: number,
  note = '',
  maxWidth = Number.POSITIVE_INFINITY,
): string {
  const kinds = STEP_KINDS.filter((k) => steps.some((s) => s.kind === k));
  let out = '';
  let at = x;
  for (const kind of kinds) {
    const style = KIND_STYLES[kind];
    out += el('rect', {
      x: at,
      y,
      width: 14,
      height: 9,
      rx: 2,
      fill: style.fill,
      stroke: style.stroke,
      'stroke-width': 0.8,
      'stroke-dasharray': style.dashed ? '3 2' : undefined,
    });
    out += el('text', { x: at + 18, y: y + 8, 'font-size': size, fill: INK }, esc(style.label));
    at += 18 + textWidth(style.label, size) + 12;
  }
  if (steps.some((s) => s.painPoints > 0)) {
    const full = 'Pain points (count)';
    const roomy = at + 26 + textWidth(full, size) + textWidth(note, size) <= x + maxWidth;
    const label = roomy ? full : 'Pain points';
    out += el('circle', { cx: at + 5, cy: y + 4.5, r: 5, fill: PAIN });
    out += el('text', { x: at + 14, y: y + 8, 'font-size': size, fill: INK }, label);
    at += 14 + textWidth(label, size) + 12;
  }
  if (note) out += el('text', { x: at, y: y + 8, 'font-size': size, fill: INK }, esc(note));
  return out;
}
