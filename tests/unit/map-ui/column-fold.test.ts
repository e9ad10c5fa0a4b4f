import { describe, expect, it } from 'vitest';
import { foldColumns, nextField } from '../../../shared/domain/column-fold.js';

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

describe('nextField', () => {
  it('walks the row in Tab order both ways, null past either end', () => {
    expect(nextField('lane')).toBe('kind');
    expect(nextField('kind', true)).toBe('lane');
    expect(nextField('automation')).toBeNull();
    expect(nextField('title', true)).toBeNull();
  });
});
