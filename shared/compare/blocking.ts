/**
 * Candidate blocking shared by automatic matching and suggestions: which steps of another state are
 * worth scoring for a step, from the keys they share (a title word, a lane, a tool).
 *
 * Keys are interned to integers once per comparison, so the hot loop touches typed arrays only.
 * A key held by more than WIDE_BUCKET target steps (a common word in a large map) contributes only
 * the WIDE_BUCKET steps nearest the step's relative position in the flow: a common word is evidence
 * of correspondence only close to the diagonal. Maps whose buckets stay within that size are
 * scanned in full, exactly as before.
 */

export const WIDE_BUCKET = 64;

/** A step's bucket keys (interned) with the weight of each. */
export interface Keys {
  ids: Int32Array;
  weights: Uint8Array;
}

/** Interns key strings (`w:word`, `l:lane`, `t:tool`) to small integers. */
export class KeyInterner {
  private readonly ids = new Map<string, number>();

  keys(entries: readonly (readonly [string, number])[]): Keys {
    const ids = new Int32Array(entries.length);
    const weights = new Uint8Array(entries.length);
    entries.forEach(([key, weight], k) => {
      let id = this.ids.get(key);
      if (id === undefined) this.ids.set(key, (id = this.ids.size));
      ids[k] = id;
      weights[k] = weight;
    });
    return { ids, weights };
  }
}

/** Key id → indexes (ascending) of the targets holding it. */
export type Buckets = Map<number, number[]>;

export function bucketize(targets: readonly Keys[]): Buckets {
  const buckets: Buckets = new Map();
  targets.forEach((keys, index) => {
    for (const id of keys.ids) {
      const bucket = buckets.get(id);
      if (bucket) bucket.push(index);
      else buckets.set(id, [index]);
    }
  });
  return buckets;
}

/**
 * Indexes of at most `max` targets sharing keys with the step, in first-touch order when all fit,
 * else the most shared weight first (ties: lower index). `center` is the target index at the step's
 * relative flow position; `hits` is scratch space of the targets' length, left zeroed.
 */
export function shortlist(
  keys: Keys,
  buckets: Buckets,
  hits: Int32Array,
  center: number,
  max: number,
): number[] {
  const touched: number[] = [];
  let best = 0;
  for (let k = 0; k < keys.ids.length; k++) {
    const bucket = buckets.get(keys.ids[k]!);
    if (!bucket) continue;
    const weight = keys.weights[k]!;
    let from = 0;
    let to = bucket.length;
    if (to > WIDE_BUCKET) {
      from = Math.min(Math.max(0, lowerBound(bucket, center) - WIDE_BUCKET / 2), to - WIDE_BUCKET);
      to = from + WIDE_BUCKET;
    }
    for (let x = from; x < to; x++) {
      const index = bucket[x]!;
      const count = hits[index]! + weight;
      if (count === weight) touched.push(index);
      hits[index] = count;
      if (count > best) best = count;
    }
  }
  let out = touched;
  if (touched.length > max) out = topTargets(touched, hits, best, max);
  for (const index of touched) hits[index] = 0;
  return out;
}

/**
 * The `max` touched targets with the most shared weight, best first; within a weight, target order.
 * Counting passes instead of a sort per weight: a tally per weight finds the lowest weight that
 * gets in (`cut`) and how many of it (`room`); the targets are then visited in index order (the
 * span of touched indexes when narrow, else the few that get in, sorted) and placed by weight.
 */
function topTargets(touched: number[], hits: Int32Array, best: number, max: number): number[] {
  const tally = new Int32Array(best + 1);
  let low = hits.length;
  let high = -1;
  for (let k = 0; k < touched.length; k++) {
    const index = touched[k]!;
    tally[hits[index]!]! += 1;
    if (index < low) low = index;
    if (index > high) high = index;
  }
  let cut = best;
  let room = max;
  while (cut > 1 && tally[cut]! < room) room -= tally[cut--]!;
  const next = new Int32Array(best + 1);
  for (let count = best, at = 0; count >= cut; count -= 1) {
    next[count] = at;
    at += tally[count]!;
  }
  const out = new Array<number>(max);
  if (high - low < 8 * touched.length) {
    for (let index = low; index <= high; index++) {
      const count = hits[index]!;
      if (count > cut || (count === cut && room-- > 0)) out[next[count]!++] = index;
    }
  } else {
    const kept = new Int32Array(max - room + tally[cut]!);
    let m = 0;
    for (const index of touched) if (hits[index]! >= cut) kept[m++] = index;
    for (const index of kept.sort()) {
      const count = hits[index]!;
      if (count > cut || (count === cut && room-- > 0)) out[next[count]!++] = index;
    }
  }
  return out;
}

/** The target index at relative position `position` (0..1) of a list of `length` targets. */
export function centerOf(position: number, length: number): number {
  return Math.round(position * Math.max(0, length - 1));
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
