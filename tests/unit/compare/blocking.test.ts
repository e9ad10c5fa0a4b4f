/**
 * The shortlist of candidate targets against its definition, written as plainly as possible: every
 * target sharing a key (a wide bucket counts only near the step's position), the most shared
 * weight first, then target order, at most `max`.
 */
import { describe, expect, it } from 'vitest';
import {
  type Keys,
  KeyInterner,
  WIDE_BUCKET,
  bucketize,
  scratchFor,
  shortlist,
} from '../../../shared/compare/blocking.js';
import { seededRandom } from '../../helpers/random.js';

function reference(keys: Keys, targets: readonly Keys[], center: number, max: number): number[] {
  const weight = new Map<number, number>();
  keys.ids.forEach((id, k) => {
    const holders = targets.flatMap((t, index) => (t.ids.includes(id) ? [index] : [])); // ascending
    let from = 0;
    if (holders.length > WIDE_BUCKET) {
      const first = holders.findIndex((index) => index >= center);
      const at = first < 0 ? holders.length : first;
      from = Math.min(Math.max(0, at - WIDE_BUCKET / 2), holders.length - WIDE_BUCKET);
    }
    for (const index of holders.slice(from, from + WIDE_BUCKET))
      weight.set(index, (weight.get(index) ?? 0) + keys.weights[k]!);
  });
  const all = [...weight.keys()];
  if (all.length <= max) return all; // first-touch order
  return all.sort((a, b) => weight.get(b)! - weight.get(a)! || a - b).slice(0, max);
}

describe('KeyInterner', () => {
  it('keeps a word, a lane and a tool of the same name apart, and weighs words double', () => {
    const interner = new KeyInterner();
    const first = interner.keys(new Set(['jira', 'ops']), 'ops', new Set(['jira']));
    expect([...first.weights]).toEqual([2, 2, 1, 1]);
    expect(new Set(first.ids).size).toBe(4);
    const again = interner.keys(new Set(['ops']), null, new Set(['jira']));
    expect([...again.ids]).toEqual([first.ids[1], first.ids[3]]);
  });
});

describe('shortlist', () => {
  it.each([
    ['a small map', 40, 6, 1],
    ['a large map with common words', 1000, 12, 2],
    ['a very large map (sparse touches)', 5000, 40, 3],
  ])('keeps the best-sharing targets in target order on %s', (_, size, vocabulary, seed) => {
    const rand = seededRandom(seed);
    const interner = new KeyInterner();
    const keysOf = () => {
      const words = new Set(
        Array.from({ length: 1 + Math.floor(rand() * 4) }, () => Math.floor(rand() * rand() * vocabulary)),
      );
      const title = new Set([...words].filter((word) => word < vocabulary / 2).map(String));
      const tools = new Set([...words].filter((word) => word >= vocabulary / 2).map(String));
      return interner.keys(title, null, tools);
    };
    const targets = Array.from({ length: size }, keysOf);
    const buckets = bucketize(targets);
    const scratch = scratchFor(size);
    for (let probe = 0; probe < 100; probe++) {
      const keys = keysOf();
      const center = Math.floor(rand() * size);
      for (const max of [0, 3, 25]) {
        expect(shortlist(keys, buckets, scratch, center, max)).toEqual(reference(keys, targets, center, max));
        expect(scratch.hits.every((h) => h === 0) && scratch.marks.every((m) => m === 0)).toBe(true);
      }
    }
  });
});
