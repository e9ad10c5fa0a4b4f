/**
 * Candidate pairs for the automatic alignment of two states, and the backbone: the heaviest chain of
 * pairs that keeps the flow order of both (a weighted longest increasing subsequence, the sparse
 * form of a global sequence alignment).
 */
import { type Buckets, type Keys, bucketize, centerOf, scratchFor, shortlist } from './blocking.js';
import type { IndexedStep } from './lookup.js';
import { type PairFeatures, scoreValue } from './match-score.js';
import { diceIds } from './text.js';

const CANDIDATE_FLOOR = 0.4;
const POSITION_WEIGHT = 0.15;
const MAX_SCORED = 25;

/** One side of an alignment: the free steps of a state with their features and bucket keys. */
export interface Side {
  entries: IndexedStep[];
  features: PairFeatures[];
  keys: Keys[];
}

export interface Pair {
  a: IndexedStep;
  b: IndexedStep;
  fa: PairFeatures;
  fb: PairFeatures;
  i: number;
  j: number;
  /** Match score 0..1 and its title part (Dice of title words). */
  value: number;
  title: number;
  /** Score less a penalty for a distant relative position: what the backbone maximizes. */
  weight: number;
}

export function makePair(left: Side, right: Side, i: number, j: number, floor = -1): Pair | null {
  const fa = left.features[i]!;
  const fb = right.features[j]!;
  const title = diceIds(fa.ids.title, fb.ids.title);
  const value = scoreValue(fa, fb, title);
  if (value < floor) return null;
  return { a: fa.entry, b: fb.entry, fa, fb, i, j, value, title, weight: value };
}

/** Pairs sharing a title word or tool, at most MAX_SCORED per left step, scoring above the floor. */
export function candidatePairs(left: Side, right: Side): Pair[] {
  const buckets: Buckets = bucketize(right.keys);
  const scratch = scratchFor(right.entries.length);
  const leftEnd = relative(left.entries);
  const rightEnd = relative(right.entries);
  const out: Pair[] = [];
  for (let i = 0; i < left.entries.length; i++) {
    const pa = leftEnd(i);
    const center = centerOf(pa, right.entries.length);
    const shortlisted = shortlist(left.keys[i]!, buckets, scratch, center, MAX_SCORED);
    for (let k = 0; k < shortlisted.length; k++) {
      const j = shortlisted[k]!;
      const pair = makePair(left, right, i, j, CANDIDATE_FLOOR);
      if (!pair) continue;
      pair.weight = pair.value - POSITION_WEIGHT * Math.abs(pa - rightEnd(j));
      out.push(pair);
    }
  }
  return out;
}

/** Relative flow position (0..1) of the k-th step of a list, by flow order; 0.5 for a single step. */
function relative(list: IndexedStep[]): (k: number) => number {
  if (list.length === 1) return () => 0.5;
  const span = Math.max(1, list[list.length - 1]!.order);
  return (k) => list[k]!.order / span;
}

/** The heaviest chain of pairs increasing in both flows (Fenwick tree over the right index). */
export function backbone(pairs: Pair[], size: number): Pair[] {
  const sorted = byLeftThenRightDescending(pairs);
  const tree = new Float64Array(size + 1);
  const treeAt = new Int32Array(size + 1).fill(-1);
  const best = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k]!;
    let value = 0;
    let from = -1;
    for (let x = p.j; x > 0; x -= x & -x) {
      if (tree[x]! > value) {
        value = tree[x]!;
        from = treeAt[x]!;
      }
    }
    best[k] = value + p.weight;
    previous[k] = from;
    for (let x = p.j + 1; x <= size; x += x & -x) {
      if (best[k]! > tree[x]!) {
        tree[x] = best[k]!;
        treeAt[x] = k;
      }
    }
  }
  let end = -1;
  for (let k = 0; k < sorted.length; k++) if (end < 0 || best[k]! > best[end]!) end = k;
  const chain: Pair[] = [];
  for (let k = end; k >= 0; k = previous[k]!) chain.push(sorted[k]!);
  return chain.reverse();
}

/**
 * Pairs by left index, then right index descending. Candidate pairs arrive grouped by left index
 * (at most a shortlist per step), so only each group is sorted; any other order is sorted whole.
 * A left and right index identify a pair, so the order is the same either way.
 */
function byLeftThenRightDescending(pairs: readonly Pair[]): Pair[] {
  const out = [...pairs];
  for (let k = 1; k < out.length; k++) {
    if (out[k]!.i < out[k - 1]!.i) return out.sort((x, y) => x.i - y.i || y.j - x.j);
  }
  // Insertion sort within each left index (a group is at most a shortlist long).
  for (let k = 1; k < out.length; k++) {
    const pair = out[k]!;
    let at = k;
    while (at > 0 && out[at - 1]!.i === pair.i && out[at - 1]!.j < pair.j) {
      out[at] = out[at - 1]!;
      at -= 1;
    }
    out[at] = pair;
  }
  return out;
}
