/** Tiny helpers for writing SVG as text (no DOM: the same code runs in Node and the browser). */

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Numbers short and stable in the output. */
export function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

type Attrs = Record<string, string | number | undefined>;

/** Attributes as text; a plain loop, as a 450-step report writes some ten thousand elements. */
export function attrs(a: Attrs): string {
  let out = '';
  for (const k in a) {
    const v = a[k];
    if (v !== undefined) out += ` ${k}="${typeof v === 'number' ? n(v) : esc(v)}"`;
  }
  return out;
}

export function el(name: string, a: Attrs, body?: string): string {
  return body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`;
}

/** Lines of text, top-aligned at `y` (the first baseline sits one ascent below it). */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  a: Attrs = {},
  lineHeight = size * 1.2,
): string {
  return lines
    .map((line, i) =>
      el('text', { x, y: y + size * 0.9 + i * lineHeight, 'font-size': size, ...a }, esc(line)),
    )
    .join('');
}

export function svgDocument(width: number, height: number, body: string, fontFamily: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `0 0 ${n(width)} ${n(height)}` })}` +
    `${attrs({ 'font-family': fontFamily })}>` +
    el('rect', { width, height, fill: '#ffffff' }) +
    body +
    '</svg>'
  );
}
