import { describe, expect, it } from 'vitest';
import { visibleRange, windowPieces } from '../../../shared/domain/row-window.js';

describe('windowPieces', () => {
  it('renders the range and stands empty space for the rest', () => {
    expect(windowPieces(10, 3, 5, [])).toEqual([
      { gap: 3, from: 0 },
      { index: 3 },
      { index: 4 },
      { index: 5 },
      { gap: 4, from: 6 },
    ]);
  });

  it('keeps the selected row and its neighbours far from the range, between gaps', () => {
    expect(windowPieces(5000, 0, 1, [4998, 4999, 5000])).toEqual([
      { index: 0 },
      { index: 1 },
      { gap: 4996, from: 2 },
      { index: 4998 },
      { index: 4999 },
    ]);
  });

  it('clamps the range and ignores kept rows that do not exist', () => {
    expect(windowPieces(3, -5, 40, [-1, 7])).toEqual([{ index: 0 }, { index: 1 }, { index: 2 }]);
    expect(windowPieces(0, 0, 10, [0])).toEqual([]);
  });

  it('always accounts for every row exactly once', () => {
    for (const [count, first, last, keep] of [
      [5000, 120, 160, [3, 4, 5]],
      [500, 480, 520, [499]],
      [1, 0, 0, []],
    ] as const) {
      const pieces = windowPieces(count, first, last, keep);
      const total = pieces.reduce((n, p) => n + ('gap' in p ? p.gap : 1), 0);
      expect(total).toBe(count);
    }
  });
});

describe('visibleRange', () => {
  it('starts at the top while the list is below the fold, with the margin after', () => {
    expect(visibleRange(200, 900, 38, 0)).toEqual([0, 19]);
    expect(visibleRange(200, 900, 38, 12)).toEqual([0, 31]);
  });

  it('follows the scroll once the list top has gone above the window', () => {
    // Scrolled 3,800 px past the list top: row 100 is the first on screen.
    expect(visibleRange(-3800, 900, 38, 0)).toEqual([100, 124]);
    expect(visibleRange(-3800, 900, 38, 10)).toEqual([90, 134]);
  });
});
