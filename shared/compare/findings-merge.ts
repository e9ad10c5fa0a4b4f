/**
 * Near-duplicate suggestions told once. Two kinds of pairs come out of the rules:
 * - two actual steps with the same finding about the same counterpart ("Diagnose incident" and
 *   "Fix incident" are both still done the current way instead of the one future step), and
 * - a measure whose steps are exactly those of step findings ("Approvals: 2 in actual" beside
 *   "Approve server request …" and "Approve budget …" still used).
 * - two rules about one actual step ("only partly follows the future" and "is manual").
 * The first (most severe, then flow order) keeps its key, so decisions about it stay valid.
 */
import type { Severity } from '../domain/types.js';
import type { FindingSuggestion } from './types.js';

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const kindOf = (f: FindingSuggestion) => f.key.slice(0, f.key.indexOf(':'));
const isMetric = (f: FindingSuggestion) => kindOf(f) === 'metric-above-future';

/** `"A" is still …` + `"B" is still …` → `"A" and "B" are still …` (the rule's own words kept). */
function joinedTitle(titles: string[]): string {
  const subject = /^("[^"]*") (is )?/;
  const first = titles[0]!;
  const names = titles.map((t) => t.match(subject)?.[1]).filter((n): n is string => !!n);
  const m = first.match(subject);
  if (!m || names.length !== titles.length) return first;
  const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${list} ${m[2] ? 'are ' : ''}${first.slice(m[0].length)}`;
}

function merged(keep: FindingSuggestion, others: FindingSuggestion[]): FindingSuggestion {
  const all = [keep, ...others];
  const severity = all.map((f) => f.severity).sort((a, b) => RANK[a] - RANK[b])[0]!;
  const stepIds = [...new Set(all.flatMap((f) => f.stepIds))];
  if (isMetric(keep))
    return {
      ...keep,
      severity,
      stepIds,
      detail: `${keep.detail} ${others.map((o) => o.title).join('; ')}.`,
      evidence: [keep.evidence, ...others.map((o) => o.evidence)].join(' '),
    };
  const oneStep = all.every((f) => f.stepIds[0] === keep.stepIds[0]);
  return {
    ...keep,
    title: oneStep ? keep.title : joinedTitle(all.map((f) => f.title)),
    severity,
    stepIds,
    detail: [...new Set(all.map((f) => f.detail))].join(' '),
    evidence: [...new Set(all.map((f) => f.evidence))].join(' '),
  };
}

/** Positions in `list` by a key, in list order: near-duplicates are looked up, not searched for. */
function indexBy(list: readonly FindingSuggestion[], keys: (f: FindingSuggestion) => string[]) {
  const index = new Map<string, number[]>();
  list.forEach((f, i) => {
    for (const key of new Set(keys(f))) index.set(key, [...(index.get(key) ?? []), i]);
  });
  return index;
}

export function mergeNearDuplicates(list: FindingSuggestion[]): FindingSuggestion[] {
  const absorbed = new Set<string>();
  const groups = new Map<string, FindingSuggestion[]>();
  const add = (key: string, more: FindingSuggestion[]) => {
    for (const o of more) absorbed.add(o.key);
    groups.set(key, [...(groups.get(key) ?? []), ...more]);
  };
  const metric = list.map(isMetric);
  const kinds = list.map(kindOf);
  const open = (i: number, f: FindingSuggestion) =>
    list[i] !== f && !metric[i] && !absorbed.has(list[i]!.key);
  // Two rules about the same actual step ("partly follows" and "is manual" for one step).
  const bySubject = indexBy(list, (f) => (isMetric(f) ? [] : [String(f.stepIds[0])]));
  list.forEach((f, i) => {
    if (metric[i] || absorbed.has(f.key)) return;
    const same = bySubject.get(String(f.stepIds[0]))!.filter((j) => open(j, f));
    if (same.length > 0)
      add(
        f.key,
        same.map((j) => list[j]!),
      );
  });
  // Same rule, same counterpart (any step after the first, which is the actual step itself).
  const byCounterpart = indexBy(list, (f) => f.stepIds.slice(1).map((s) => `${kindOf(f)}\u0000${s}`));
  list.forEach((f, i) => {
    if (metric[i] || absorbed.has(f.key)) return;
    const near = new Set(f.stepIds.slice(1).flatMap((s) => byCounterpart.get(`${kinds[i]}\u0000${s}`) ?? []));
    const others = [...near].sort((x, y) => x - y).filter((j) => open(j, f));
    if (others.length > 0)
      add(
        f.key,
        others.map((j) => list[j]!),
      );
  });
  // A measure whose steps are each the subject of a step finding.
  for (const m of list.filter(isMetric)) {
    if (m.stepIds.length === 0) continue;
    const covering = list.filter(
      (o) => !isMetric(o) && !absorbed.has(o.key) && m.stepIds.includes(o.stepIds[0]!),
    );
    const subjects = new Set(covering.map((o) => o.stepIds[0]));
    if (covering.length === 0 || !m.stepIds.every((s) => subjects.has(s))) continue;
    add(m.key, covering);
  }
  return list
    .filter((f) => !absorbed.has(f.key))
    .map((f) => (groups.has(f.key) ? merged(f, groups.get(f.key)!) : f));
}
