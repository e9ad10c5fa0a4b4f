/** One piece of a windowed list: a rendered item, or a run of items left out (drawn as empty space). */
export type WindowPiece = { index: number } | { gap: number; from: number };

/**
 * The items to render of a long list: those from `first` to `last` (inclusive, clamped) and any
 * `keep` item outside them (the selected one and its neighbours, so focus is never destroyed and
 * Tab still reaches the next row), in order, with the runs between them as gaps.
 */
export function windowPieces(
  count: number,
  first: number,
  last: number,
  keep: readonly number[],
): WindowPiece[] {
  const lo = Math.max(0, first);
  const hi = Math.min(count - 1, last);
  const shown = new Set<number>();
  for (let i = lo; i <= hi; i++) shown.add(i);
  for (const k of keep) if (k >= 0 && k < count) shown.add(k);
  const pieces: WindowPiece[] = [];
  let next = 0;
  for (const index of [...shown].sort((a, b) => a - b)) {
    if (index > next) pieces.push({ gap: index - next, from: next });
    pieces.push({ index });
    next = index + 1;
  }
  if (count > next) pieces.push({ gap: count - next, from: next });
  return pieces;
}

/**
 * The item range a window-scrolled list shows: `top` is the list's top edge relative to the
 * viewport (negative once scrolled past), `height` the viewport's, `item` one item's height.
 */
export function visibleRange(top: number, height: number, item: number, overscan: number): [number, number] {
  const first = Math.floor(Math.max(0, -top) / item) - overscan;
  const last = Math.ceil((height - top) / item) + overscan;
  return [Math.max(0, first), Math.max(0, last)];
}
