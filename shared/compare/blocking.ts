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

/**
 * Interns bucket keys to small integers: title words (weight 2), a lane and tools (weight 1 each),
 * each kind in its own namespace, so a word and a tool of the same name stay different keys.
 */
export class KeyInterner {
  private readonly spaces = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  private count = 0;

  /** A step's keys, in this order: its title words, its lane (when not null), its tools. */
  keys(words: ReadonlySet<string>, lane: string | null, tools: ReadonlySet<string>): Keys {
    const size = words.size + (lane === null ? 0 : 1) + tools.size;
    const ids = new Int32Array(size);
    const weights = new Uint8Array(size);
    let k = 0;
    for (const word of words) {
      ids[k] = this.id(0, word);
      weights[k++] = 2;
    }
    if (lane !== null) {
      ids[k] = this.id(1, lane);
      weights[k++] = 1;
    }
    for (const tool of tools) {
      ids[k] = this.id(2, tool);
      weights[k++] = 1;
    }
    return { ids, weights };
  }

  private id(space: number, key: string): number {
    const ids = this.spaces[space]!;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = this.count++));
    return id;
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

/** Scratch space for shortlists against one list of targets, reused between calls and left zeroed. */
export interface Scratch {
  /** Shared weight per target. */
  hits: Int32Array;
  /** One bit per touched target, to visit them in index order. */
  marks: Int32Array;
  /** The touched targets, in first-touch order. */
  touched: Int32Array;
  /** The last shortlist (`shortlistInto`). */
  list: Int32Array;
  /** Per shared weight: how many targets have it, then where the next of them goes. */
  tally: Int32Array;
  next: Int32Array;
}

export function scratchFor(size: number): Scratch {
  return {
    hits: new Int32Array(size),
    marks: new Int32Array((size + 31) >>> 5),
    touched: new Int32Array(size),
    list: new Int32Array(size),
    tally: new Int32Array(32),
    next: new Int32Array(32),
  };
}

/**
 * Indexes of at most `max` targets sharing keys with the step, in first-touch order when all fit,
 * else the most shared weight first (ties: lower index). `center` is the target index at the step's
 * relative flow position.
 */
export function shortlist(
  keys: Keys,
  buckets: Buckets,
  scratch: Scratch,
  center: number,
  max: number,
): number[] {
  return Array.from(scratch.list.subarray(0, shortlistInto(keys, buckets, scratch, center, max)));
}

/** `shortlist` written into `scratch.list`, without allocating: returns its length. */
export function shortlistInto(
  keys: Keys,
  buckets: Buckets,
  scratch: Scratch,
  center: number,
  max: number,
): number {
  const { hits, marks, touched } = scratch;
  let size = 0;
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
      if (count === weight) {
        touched[size++] = index;
        marks[index >>> 5]! |= 1 << (index & 31);
      }
      hits[index] = count;
      if (count > best) best = count;
    }
  }
  let length = size;
  if (size > max) length = topTargets(scratch, size, best, max);
  else for (let k = 0; k < size; k++) scratch.list[k] = touched[k]!;
  for (let k = 0; k < size; k++) {
    const index = touched[k]!;
    hits[index] = 0;
    marks[index >>> 5] = 0;
  }
  return length;
}

/**
 * The `max` touched targets with the most shared weight, best first (within a weight, target
 * order), into `scratch.list`.
 * Counting passes instead of a sort: a tally per weight finds the lowest weight that gets in
 * (`cut`) and how many of it (`room`); the touched targets are then visited in index order (the
 * set bits of `marks`) and placed by weight.
 */
function topTargets(scratch: Scratch, size: number, best: number, max: number): number {
  const { hits, marks, touched } = scratch;
  if (scratch.tally.length <= best) {
    scratch.tally = new Int32Array(best + 1);
    scratch.next = new Int32Array(best + 1);
  }
  const { tally, next } = scratch;
  tally.fill(0, 0, best + 1);
  let low = hits.length;
  let high = -1;
  for (let k = 0; k < size; k++) {
    const index = touched[k]!;
    tally[hits[index]!]! += 1;
    if (index < low) low = index;
    if (index > high) high = index;
  }
  let cut = best;
  let room = max;
  while (cut > 1 && tally[cut]! < room) room -= tally[cut--]!;
  for (let count = best, at = 0; count >= cut; count -= 1) {
    next[count] = at;
    at += tally[count]!;
  }
  const out = scratch.list;
  for (let word = low >>> 5; word <= high >>> 5; word++) {
    for (let bits = marks[word]!; bits !== 0; bits &= bits - 1) {
      const index = (word << 5) + 31 - Math.clz32(bits & -bits);
      const count = hits[index]!;
      if (count > cut || (count === cut && room-- > 0)) out[next[count]!++] = index;
    }
  }
  return max; // more than `max` touched, each with a weight of at least 1: all `max` places filled
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
