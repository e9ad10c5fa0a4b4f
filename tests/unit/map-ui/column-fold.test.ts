import { describe, expect, it } from 'vitest';
import { fitColumns, foldColumns, nextField } from '../../../shared/domain/column-fold.js';

const widths = { title: 20, lane: 10, kind: 7, tools: 8, pct: 4 };

describe('foldColumns', () => {
  it('folds nothing when every column fits', () => {
    expect(foldColumns(widths, ['pct', 'tools', 'kind'], 49)).toEqual(new Set());
  });

  it('folds the least needed first, only as many as it takes', () => {
    expect(foldColumns(widths, ['pct', 'tools', 'kind'], 45)).toEqual(new Set(['pct']));
    expect(foldColumns(widths, ['pct', 'tools', 'kind'], 37)).toEqual(new Set(['pct', 'tools']));
  });

  it('never folds a column outside the order, even when the rest still do not fit', () => {
    expect(foldColumns(widths, ['pct', 'tools', 'kind'], 10)).toEqual(new Set(['pct', 'tools', 'kind']));
  });
});

describe('fitColumns', () => {
  const least = { kind: 5, tools: 6, pct: 3 };
  const order = ['pct', 'tools', 'kind'] as const;
  const sum = (w: Record<string, number>, folded: Set<string>) =>
    Object.entries(w).reduce((a, [k, v]) => a + (folded.has(k) ? 0 : v), 0);

  it('leaves every width as it is when the row fits', () => {
    expect(fitColumns(widths, least, order, 49)).toEqual({ folded: new Set(), widths });
  });

  it('shrinks the columns that have slack, in proportion, before folding any', () => {
    const { folded, widths: w } = fitColumns(widths, least, order, 44);
    expect(folded).toEqual(new Set());
    expect(sum(w, folded)).toBeCloseTo(44);
    expect([w.title, w.lane]).toEqual([20, 10]); // no least: never shrink
    // Slack 2, 2 and 1: 5 wanted, 5 given, each gives all of it.
    expect([w.kind, w.tools, w.pct]).toEqual([5, 6, 3]);
    const half = fitColumns(widths, least, order, 46.5).widths;
    expect([half.kind, half.tools, half.pct]).toEqual([6, 7, 3.5]);
  });

  it('folds only when the least widths do not fit, then shrinks what is left', () => {
    const { folded, widths: w } = fitColumns(widths, least, order, 42);
    expect(folded).toEqual(new Set(['pct']));
    expect(sum(w, folded)).toBeCloseTo(42);
    expect([w.kind, w.tools]).toEqual([5.5, 6.5]);
  });

  it('never draws a column wider than asked, nor shrinks one whose least is larger', () => {
    const { widths: w } = fitColumns(widths, { kind: 9 }, order, 48);
    expect(w.kind).toBe(7);
  });
});

describe('nextField', () => {
  it('walks the row in Tab order both ways, null past either end', () => {
    expect(nextField('lane')).toBe('kind');
    expect(nextField('kind', true)).toBe('lane');
    expect(nextField('automation')).toBeNull();
    expect(nextField('title', true)).toBeNull();
  });
});
