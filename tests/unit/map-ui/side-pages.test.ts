import { describe, expect, it } from 'vitest';
import { pageStarts } from '../../../shared/domain/side-pages.js';

describe('pageStarts', () => {
  it('keeps every row on one page when the fullest list fits', () => {
    expect(pageStarts([[10, 10, 10], [10, 10, 10], [10]], 30, 3)).toEqual([0]);
  });

  it('breaks where the fullest list runs out of room, at the same row in every list', () => {
    // The second list's rows 1 and 2 are two lines high.
    expect(
      pageStarts(
        [
          [10, 10, 10, 10],
          [10, 20, 20, 10],
          [10, 10],
        ],
        30,
        4,
      ),
    ).toEqual([0, 2]);
  });

  it('gives a row taller than the room a page of its own instead of looping', () => {
    expect(pageStarts([[10, 50, 10]], 30, 3)).toEqual([0, 1, 2]);
  });

  it('counts lists shorter than the longest as empty below their end', () => {
    expect(pageStarts([[10], [10, 10, 10, 10]], 20, 4)).toEqual([0, 2]);
  });
});
