/** Text normalization shared by matching, metrics and suggestions. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const STOP_WORDS = new Set('a an and by for from in of on or the to with'.split(' '));

/** Lower case, no accents, single spaces, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Distinct words of a text, without stop words; a plural `s` is dropped so "approvals" meets "approval". */
export function tokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of normalizeText(text).split(/[^a-z0-9]+/)) {
    if (word.length === 0 || STOP_WORDS.has(word)) continue;
    out.add(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return out;
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
