import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../shared/exchange/issue-path.js';
import { jsonErrorOffset, lineColumn } from '../../../shared/exchange/json-position.js';

describe('jsonErrorOffset', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, null, "x\\n\\u00e9"]} ', '"s"', '0'])
      expect(jsonErrorOffset(text)).toBeNull();
  });

  it('points at the first wrong character', () => {
    expect(jsonErrorOffset('{"a": }')).toBe(6);
    expect(jsonErrorOffset('{"a": 1,, }')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{a: 1}')).toBe(1);
    expect(jsonErrorOffset('"bad \\q"')).toBe(5);
    expect(jsonErrorOffset('[01]')).toBe(2);
  });

  it('says a truncated text ends too early, even when nested deeply', () => {
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
    expect(jsonErrorOffset('"unterminated')).toBe(13);
    expect(jsonErrorOffset('')).toBe(0);
    const deep = '['.repeat(100_000);
    expect(jsonErrorOffset(deep)).toBe(100_000);
  });

  it('turns an offset into line and column', () => {
    expect(lineColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets', () => {
    expect(formatPath(['workshop', 'maps', 'current', 'steps', 3, 'kind'])).toBe(
      'workshop.maps.current.steps[3].kind',
    );
    expect(formatPath([])).toBe('');
  });
});
