/**
 * Word-id sets of many steps packed into two flat arrays, for the scoring loops.
 *
 * A shortlist sends the scorer to steps scattered over a map; reading each one's sets through its
 * own objects cost more in memory waits than in arithmetic. Packed, a step's parts are a few
 * neighbouring integers: part `p` of row `k` is `ids[at[k * parts + p] .. at[k * parts + p + 1])`,
 * the sorted word ids of `WordIds`, so sizes and overlaps equal those of the sets they came from.
 */
export interface Packed {
  parts: number;
  at: Int32Array;
  ids: Int32Array;
}

/** Packs rows of `parts` sorted id lists each. */
export function pack(rows: readonly (readonly Int32Array[])[], parts: number): Packed {
  const at = new Int32Array(rows.length * parts + 1);
  let total = 0;
  rows.forEach((row, k) => {
    for (let p = 0; p < parts; p++) {
      at[k * parts + p] = total;
      total += row[p]!.length;
    }
  });
  at[rows.length * parts] = total;
  const ids = new Int32Array(total);
  rows.forEach((row, k) => {
    for (let p = 0; p < parts; p++) ids.set(row[p]!, at[k * parts + p]!);
  });
  return { parts, at, ids };
}

/** Size of part `p` of row `k`. */
export function sizeOf(table: Packed, k: number, p: number): number {
  const slot = k * table.parts + p;
  return table.at[slot + 1]! - table.at[slot]!;
}

/** Shared ids of part `p` of row `i` of `a` and of row `j` of `b` (both sorted). */
export function sharedOf(a: Packed, i: number, b: Packed, j: number, p: number): number {
  const x = a.ids;
  const y = b.ids;
  let s = a.at[i * a.parts + p]!;
  const sEnd = a.at[i * a.parts + p + 1]!;
  let t = b.at[j * b.parts + p]!;
  const tEnd = b.at[j * b.parts + p + 1]!;
  let shared = 0;
  while (s < sEnd && t < tEnd) {
    const u = x[s]!;
    const v = y[t]!;
    if (u === v) {
      shared += 1;
      s += 1;
      t += 1;
    } else if (u < v) s += 1;
    else t += 1;
  }
  return shared;
}

/** `diceIds` of part `p` of row `i` of `a` and row `j` of `b`. */
export function diceOf(a: Packed, i: number, b: Packed, j: number, p: number): number {
  const sizes = sizeOf(a, i, p) + sizeOf(b, j, p);
  if (sizes === 0) return 0;
  return (2 * sharedOf(a, i, b, j, p)) / sizes;
}

/** `jaccardIds` of part `p` of row `i` of `a` and row `j` of `b`. */
export function jaccardOf(a: Packed, i: number, b: Packed, j: number, p: number): number {
  const shared = sharedOf(a, i, b, j, p);
  const union = sizeOf(a, i, p) + sizeOf(b, j, p) - shared;
  return union === 0 ? 0 : shared / union;
}

/** Interns strings (lane keys, kinds) to integers; null is -1. */
export function internAll(values: readonly (string | null)[], seen: Map<string, number>): Int32Array {
  const out = new Int32Array(values.length);
  values.forEach((value, k) => {
    if (value === null) out[k] = -1;
    else {
      let id = seen.get(value);
      if (id === undefined) seen.set(value, (id = seen.size));
      out[k] = id;
    }
  });
  return out;
}
