/**
 * Candidate pairs for the automatic alignment of two states, and the backbone: the heaviest chain of
 * pairs that keeps the flow order of both (a weighted longest increasing subsequence, the sparse
 * form of a global sequence alignment).
 */
import { type Buckets, type Keys, bucketize, centerOf, scratchFor, shortlistInto } from './blocking.js';
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

export function makePair(left: Side, right: Side, i: number, j: number): Pair {
  const fa = left.features[i]!;
  const fb = right.features[j]!;
  const title = diceIds(fa.ids.title, fb.ids.title);
  const value = scoreValue(fa, fb, title);
  return { a: fa.entry, b: fb.entry, fa, fb, i, j, value, title, weight: value };
}

/**
 * Candidate pairs as parallel arrays (pair `k` is left step `i[k]` with right step `j[k]`), in
 * ascending left index: tens of thousands of pairs on large maps, most of them only read by the
 * backbone, so they become `Pair` objects (`pairAt`) only where one is kept or inspected.
 */
export interface Pairs {
  size: number;
  i: Int32Array;
  j: Int32Array;
  value: Float64Array;
  title: Float64Array;
  weight: Float64Array;
}

function pairsOf(capacity: number): Pairs {
  return {
    size: 0,
    i: new Int32Array(capacity),
    j: new Int32Array(capacity),
    value: new Float64Array(capacity),
    title: new Float64Array(capacity),
    weight: new Float64Array(capacity),
  };
}

/** `pairs` with room for at least `capacity` pairs (twice as much when it must grow). */
function reserve(pairs: Pairs, capacity: number): Pairs {
  if (capacity <= pairs.i.length) return pairs;
  const grown = pairsOf(Math.max(capacity, 2 * pairs.i.length));
  grown.size = pairs.size;
  grown.i.set(pairs.i);
  grown.j.set(pairs.j);
  grown.value.set(pairs.value);
  grown.title.set(pairs.title);
  grown.weight.set(pairs.weight);
  return grown;
}

/** Pair `k` of `pairs` as an object. */
export function pairAt(left: Side, right: Side, pairs: Pairs, k: number): Pair {
  const fa = left.features[pairs.i[k]!]!;
  const fb = right.features[pairs.j[k]!]!;
  return {
    a: fa.entry,
    b: fb.entry,
    fa,
    fb,
    i: pairs.i[k]!,
    j: pairs.j[k]!,
    value: pairs.value[k]!,
    title: pairs.title[k]!,
    weight: pairs.weight[k]!,
  };
}

/** The pairs `keep` accepts, in the same order. */
export function filterPairs(pairs: Pairs, keep: (i: number, j: number) => boolean): Pairs {
  const out = pairsOf(pairs.size);
  for (let k = 0; k < pairs.size; k++) {
    if (!keep(pairs.i[k]!, pairs.j[k]!)) continue;
    const at = out.size++;
    out.i[at] = pairs.i[k]!;
    out.j[at] = pairs.j[k]!;
    out.value[at] = pairs.value[k]!;
    out.title[at] = pairs.title[k]!;
    out.weight[at] = pairs.weight[k]!;
  }
  return out;
}

/** Pairs sharing a title word or tool, at most MAX_SCORED per left step, scoring above the floor. */
export function candidatePairs(left: Side, right: Side): Pairs {
  const buckets: Buckets = bucketize(right.keys);
  const scratch = scratchFor(right.entries.length);
  const leftEnd = relative(left.entries);
  const rightEnd = relative(right.entries);
  // Room for an average of 16 pairs per left step, grown as needed (the bound is MAX_SCORED).
  let out = pairsOf(left.entries.length * 16);
  for (let i = 0; i < left.entries.length; i++) {
    const pa = leftEnd(i);
    const center = centerOf(pa, right.entries.length);
    const length = shortlistInto(left.keys[i]!, buckets, scratch, center, MAX_SCORED);
    out = reserve(out, out.size + length);
    const fa = left.features[i]!;
    for (let k = 0; k < length; k++) {
      const j = scratch.list[k]!;
      const fb = right.features[j]!;
      const title = diceIds(fa.ids.title, fb.ids.title);
      const value = scoreValue(fa, fb, title);
      if (value < CANDIDATE_FLOOR) continue;
      const at = out.size++;
      out.i[at] = i;
      out.j[at] = j;
      out.value[at] = value;
      out.title[at] = title;
      out.weight[at] = value - POSITION_WEIGHT * Math.abs(pa - rightEnd(j));
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
export function backbone(pairs: Pairs, left: Side, right: Side): Pair[] {
  const size = right.entries.length;
  const sorted = byLeftThenRightDescending(pairs);
  const tree = new Float64Array(size + 1);
  const treeAt = new Int32Array(size + 1).fill(-1);
  const best = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k]!;
    const pj = pairs.j[p]!;
    let value = 0;
    let from = -1;
    for (let x = pj; x > 0; x -= x & -x) {
      if (tree[x]! > value) {
        value = tree[x]!;
        from = treeAt[x]!;
      }
    }
    best[k] = value + pairs.weight[p]!;
    previous[k] = from;
    for (let x = pj + 1; x <= size; x += x & -x) {
      if (best[k]! > tree[x]!) {
        tree[x] = best[k]!;
        treeAt[x] = k;
      }
    }
  }
  let end = -1;
  for (let k = 0; k < sorted.length; k++) if (end < 0 || best[k]! > best[end]!) end = k;
  const chain: Pair[] = [];
  for (let k = end; k >= 0; k = previous[k]!) chain.push(pairAt(left, right, pairs, sorted[k]!));
  return chain.reverse();
}

/**
 * Pair indexes by left index, then right index descending. Candidate pairs arrive grouped by left
 * index (at most a shortlist per step), so only each group is sorted; any other order is sorted
 * whole. A left and right index identify a pair, so the order is the same either way.
 */
function byLeftThenRightDescending(pairs: Pairs): Int32Array {
  const { i, j } = pairs;
  const out = new Int32Array(pairs.size);
  for (let k = 0; k < out.length; k++) out[k] = k;
  for (let k = 1; k < out.length; k++) {
    if (i[k]! < i[k - 1]!) return out.sort((x, y) => i[x]! - i[y]! || j[y]! - j[x]!);
  }
  // Insertion sort within each left index (a group is at most a shortlist long).
  for (let k = 1; k < out.length; k++) {
    const pair = out[k]!;
    let at = k;
    while (at > 0 && i[out[at - 1]!]! === i[pair]! && j[out[at - 1]!]! < j[pair]!) {
      out[at] = out[at - 1]!;
      at -= 1;
    }
    out[at] = pair;
  }
  return out;
}
