/** Text normalization shared by matching, metrics and suggestions. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const STOP_WORDS = new Set('a an and as at by for from in into of on or the to via with'.split(' '));

/** Lower case, no accents, single spaces, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ments', 'ment', 'als', 'al', 'ed', 'es', 'er', 's', 'e'];

/**
 * A simple stem: the first matching suffix of SUFFIXES is dropped when at least three letters stay,
 * so "approve", "approved", "approval" and "approving" all become "approv".
 */
export function stem(word: string): string {
  if (word.length <= 3 || word.endsWith('ss')) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Distinct stemmed words of a text (case, accents and punctuation ignored), without stop words. */
export function tokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of normalizeText(text).split(/[^a-z0-9]+/)) {
    if (word.length === 0 || STOP_WORDS.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

/**
 * `fn` remembered per distinct text, for one comparison: titles, lane and tool names repeat across
 * steps and states. Callers share the returned value, so they must not change it.
 */
export function memoize<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) seen.set(text, (value = fn(text)));
    return value;
  };
}

/** Distinct normalized tool names, sorted; blanks dropped. */
export function toolKeys(tools: readonly string[], normalize = normalizeText): string[] {
  const keys = new Set<string>();
  for (const tool of tools) {
    const key = normalize(tool);
    if (key.length > 0) keys.add(key);
  }
  return [...keys].sort();
}

/** Dice coefficient of two sets: 2|A∩B| / (|A|+|B|); 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Jaccard index of two sets: |A∩B| / |A∪B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Word sets as sorted integer ids, interned once per comparison, so the scoring loops compare
 * integers: `diceIds` and `jaccardIds` of two sets' ids equal `dice` and `jaccard` of the sets.
 */
export class WordIds {
  private readonly ids = new Map<string, number>();
  private readonly known = new Map<ReadonlySet<string>, Int32Array>();

  /** The ids of a set shared between steps (a title's or a lane's words), remembered per set. */
  of(words: ReadonlySet<string>): Int32Array {
    let found = this.known.get(words);
    if (!found) this.known.set(words, (found = this.fresh(words)));
    return found;
  }

  /** The ids of a set made for one step. */
  fresh(words: ReadonlySet<string>): Int32Array {
    const out = new Int32Array(words.size);
    let k = 0;
    for (const word of words) {
      let id = this.ids.get(word);
      if (id === undefined) this.ids.set(word, (id = this.ids.size));
      out[k++] = id;
    }
    return out.sort();
  }
}

/** Shared ids of two sorted id lists. */
function sharedIds(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

export function diceIds(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 0;
  return (2 * sharedIds(a, b)) / (a.length + b.length);
}

export function jaccardIds(a: Int32Array, b: Int32Array): number {
  const shared = sharedIds(a, b);
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
