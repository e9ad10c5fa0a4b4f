/**
 * Text measurement without a browser or a font file: Helvetica/Arial advance widths (per 1000 em),
 * which Arial, Liberation Sans and Helvetica share. Unknown characters count wide, so text errs
 * on wrapping early rather than overflowing its box.
 */

// Printable ASCII from space (32) to tilde (126).
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const WIDE = 700;
const BOLD_FACTOR = 1.08;

export const FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/** Width in the same unit as `size` (points in, points out). */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? REGULAR[code - 32]! : WIDE;
  }
  return (units / 1000) * size * (bold ? BOLD_FACTOR : 1);
}

/** Cuts a word that is wider than the line into pieces that fit, each but the last ending in a hyphen. */
function splitLongWord(word: string, max: number, size: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && textWidth(`${piece}${ch}-`, size, bold) > max) {
      pieces.push(piece.length > 1 ? `${piece}-` : piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wraps text into lines no wider than `max`; with `maxLines`, the last kept line ends in an
 * ellipsis when text was left out.
 */
export function wrapText(
  text: string,
  max: number,
  size: number,
  opts: { bold?: boolean; maxLines?: number } = {},
): string[] {
  // Laying out a long map tries the same boxes at a few widths many times: remember the answers.
  const key = `${max}|${size}|${opts.bold ? 1 : 0}|${opts.maxLines ?? ''}|${text}`;
  const known = wrapped.get(key);
  if (known) return known;
  if (wrapped.size >= WRAP_MEMO) wrapped.clear();
  const lines = wrapUncached(text, max, size, opts);
  wrapped.set(key, lines);
  return lines;
}

const WRAP_MEMO = 20_000;
const wrapped = new Map<string, string[]>();

function wrapUncached(text: string, max: number, size: number, opts: { bold?: boolean; maxLines?: number }) {
  const bold = opts.bold ?? false;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (textWidth(word, size, bold) <= max) line = word;
    else {
      const pieces = splitLongWord(word, max, size, bold);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
    }
  }
  if (line) lines.push(line);
  const limit = opts.maxLines;
  if (limit === undefined || lines.length <= limit) return lines;
  const kept = lines.slice(0, limit);
  let last = kept[limit - 1]!;
  while (last && textWidth(`${last}…`, size, bold) > max) last = last.slice(0, -1).trimEnd();
  kept[limit - 1] = `${last}…`;
  return kept;
}
