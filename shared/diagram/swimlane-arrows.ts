import { INK } from './palette.js';
import { el, n } from './svg.js';

/** The arrowhead every connector ends in. */
export function defs(): string {
  return (
    '<defs><marker id="arrow" viewBox="0 0 8 8" refX="7.5" refY="4" markerWidth="6" markerHeight="6" orient="auto">' +
    `<path d="M0,0 L8,4 L0,8 z" fill="${INK}"/></marker></defs>`
  );
}

/** Flow arrows between consecutive boxes (straight down within a column), and stubs where the flow continues on another part. */
export function connectors(
  c: readonly { x1: number; x2: number; cy: number; top: number; bottom: number }[],
  fromPrevious: boolean,
  toNext: boolean,
  left: number,
  right: number,
): string {
  const line = (d: string) =>
    el('path', { d, fill: 'none', stroke: INK, 'stroke-width': 0.9, 'marker-end': 'url(#arrow)' });
  let out = '';
  for (let i = 0; i + 1 < c.length; i++) {
    const a = c[i]!;
    const b = c[i + 1]!;
    const mid = (a.x2 + b.x1) / 2;
    const cx = (a.x1 + a.x2) / 2;
    out += line(
      a.x1 === b.x1
        ? `M${n(cx)},${n(a.bottom)} V${n(b.top)}`
        : a.cy === b.cy
          ? `M${n(a.x2)},${n(a.cy)} H${n(b.x1)}`
          : `M${n(a.x2)},${n(a.cy)} H${n(mid)} V${n(b.cy)} H${n(b.x1)}`,
    );
  }
  const first = c[0];
  const last = c[c.length - 1];
  if (fromPrevious && first) out += line(`M${n(left + 1)},${n(first.cy)} H${n(first.x1)}`);
  if (toNext && last) out += line(`M${n(last.x2)},${n(last.cy)} H${n(right - 1)}`);
  return out;
}
