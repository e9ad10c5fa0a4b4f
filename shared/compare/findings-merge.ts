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

/**
 * Each rule below reads as a scan of the whole list; the scans go through indexes (first step,
 * rule and counterpart) instead, so a thousand suggestions merge in linear time, in the same order.
 */
export function mergeNearDuplicates(list: FindingSuggestion[]): FindingSuggestion[] {
  const absorbed = new Set<string>();
  const groups = new Map<string, FindingSuggestion[]>();
  const add = (key: string, more: FindingSuggestion[]) => {
    for (const o of more) absorbed.add(o.key);
    groups.set(key, [...(groups.get(key) ?? []), ...more]);
  };
  const position = new Map(list.map((f, k) => [f, k]));
  const steps = list.filter((f) => !isMetric(f));
  const kinds = new Map(steps.map((f) => [f, kindOf(f)]));
  // Two rules about the same actual step ("partly follows" and "is manual" for one step).
  const byFirst = groupBy(steps, (f) => [f.stepIds[0]]);
  for (const f of steps) {
    if (absorbed.has(f.key)) continue;
    const same = byFirst.get(f.stepIds[0])!.filter((o) => o !== f && !absorbed.has(o.key));
    if (same.length > 0) add(f.key, same);
  }
  // Same rule, same counterpart (any step after the first, which is the actual step itself).
  const counterpart = (f: FindingSuggestion, s: string) => `${kinds.get(f)}\u0000${s}`;
  const byCounterpart = groupBy(steps, (f) => f.stepIds.slice(1).map((s) => counterpart(f, s)));
  for (const f of steps) {
    if (absorbed.has(f.key)) continue;
    const sharing = new Set(f.stepIds.slice(1).flatMap((s) => byCounterpart.get(counterpart(f, s)) ?? []));
    const others = [...sharing]
      .filter((o) => o !== f && !absorbed.has(o.key))
      .sort((a, b) => position.get(a)! - position.get(b)!);
    if (others.length > 0) add(f.key, others);
  }
  // A measure whose steps are each the subject of a step finding.
  for (const m of list.filter(isMetric)) {
    if (m.stepIds.length === 0) continue;
    const measured = new Set(m.stepIds);
    const covering = steps.filter((o) => !absorbed.has(o.key) && measured.has(o.stepIds[0]!));
    const subjects = new Set(covering.map((o) => o.stepIds[0]));
    if (covering.length === 0 || !m.stepIds.every((s) => subjects.has(s))) continue;
    add(m.key, covering);
  }
  return list
    .filter((f) => !absorbed.has(f.key))
    .map((f) => (groups.has(f.key) ? merged(f, groups.get(f.key)!) : f));
}

/** Items by each of their keys, in list order. */
function groupBy<T, K>(items: readonly T[], keysOf: (item: T) => K[]): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = out.get(key);
      if (list) list.push(item);
      else out.set(key, [item]);
    }
  }
  return out;
}
