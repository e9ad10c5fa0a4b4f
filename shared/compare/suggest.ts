/**
 * Suggested counterparts for steps that have none in a state, ranked by similarity.
 *
 * Candidates come from buckets (a shared title word, the same lane, a shared tool). A cheap count
 * of shared bucket keys (title words weigh 2) keeps the best MAX_SCORED candidates, which are then
 * scored exactly, so the cost stays near linear in the steps. Ties: flow order, then id.
 */
import { MAP_STATES } from '../domain/types.js';
import type { StepIndex } from './lookup.js';
import type { StepFeatures } from './similarity.js';
import { similarityReasons, similarityScore, stepFeatures } from './similarity.js';
import type { Correspondence, Suggestion, SuggestOptions } from './types.js';

export const DEFAULT_THRESHOLD = 0.35;
export const DEFAULT_LIMIT = 3;
const MAX_SCORED = 25;

interface Keyed {
  features: StepFeatures;
  /** Bucket keys with their weight. */
  keys: [string, number][];
}

export function suggestCounterparts(
  index: StepIndex,
  correspondence: Correspondence,
  options: SuggestOptions = {},
): Suggestion[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const keyed = Object.fromEntries(
    MAP_STATES.map((state) => [state, index.byState[state].map((entry) => withKeys(stepFeatures(entry)))]),
  ) as Record<(typeof MAP_STATES)[number], Keyed[]>;
  const buckets = Object.fromEntries(MAP_STATES.map((state) => [state, bucketize(keyed[state])])) as Record<
    (typeof MAP_STATES)[number],
    Map<string, number[]>
  >;

  const hits = Object.fromEntries(
    MAP_STATES.map((state) => [state, new Int32Array(keyed[state].length)]),
  ) as Record<(typeof MAP_STATES)[number], Int32Array>;

  const out: Suggestion[] = [];
  for (const state of MAP_STATES) {
    for (const step of keyed[state]) {
      const id = step.features.entry.step.id;
      const counterparts = correspondence.byStep[id]?.counterparts;
      for (const targetState of MAP_STATES) {
        if (targetState === state || (counterparts?.[targetState].length ?? 0) > 0) continue;
        const targets = keyed[targetState];
        const scored = shortlist(step, buckets[targetState], hits[targetState])
          .map((order) => targets[order] as Keyed)
          .map((target) => ({ target, score: similarityScore(step.features, target.features) }))
          .filter((s) => s.score >= threshold && s.score > 0)
          .sort((x, y) => y.score - x.score || x.target.features.entry.order - y.target.features.entry.order)
          .slice(0, limit);
        if (scored.length === 0) continue;
        const candidates = scored.map(({ target, score }) => ({
          stepId: target.features.entry.step.id,
          score,
          reasons: similarityReasons(step.features, target.features),
        }));
        out.push({ stepId: id, state, targetState, candidates });
      }
    }
  }
  return out;
}

function withKeys(features: StepFeatures): Keyed {
  const keys: [string, number][] = [...features.title].map((word) => [`w:${word}`, 2]);
  if (features.entry.laneKey !== null) keys.push([`l:${features.entry.laneKey}`, 1]);
  for (const tool of features.tools) keys.push([`t:${tool}`, 1]);
  return { features, keys };
}

/** Bucket key → flow orders of the steps that have it. */
function bucketize(steps: readonly Keyed[]): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  for (const step of steps) {
    for (const [key] of step.keys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(step.features.entry.order);
      else buckets.set(key, [step.features.entry.order]);
    }
  }
  return buckets;
}

/** Flow orders of the (at most MAX_SCORED) targets sharing the most weighted keys with the step. */
function shortlist(step: Keyed, buckets: Map<string, number[]>, hits: Int32Array): number[] {
  const touched: number[] = [];
  let best = 0;
  for (const [key, weight] of step.keys) {
    for (const order of buckets.get(key) ?? []) {
      if (hits[order] === 0) touched.push(order);
      const count = (hits[order] ?? 0) + weight;
      hits[order] = count;
      if (count > best) best = count;
    }
  }
  let out = touched;
  if (touched.length > MAX_SCORED) {
    // Counting sort by hits, best first; within a count, flow order.
    const byCount: number[][] = Array.from({ length: best + 1 }, () => []);
    for (const order of touched) byCount[hits[order] ?? 0]?.push(order);
    out = [];
    for (let count = best; count > 0 && out.length < MAX_SCORED; count -= 1) {
      const group = (byCount[count] ?? []).sort((a, b) => a - b);
      out.push(...group.slice(0, MAX_SCORED - out.length));
    }
  }
  for (const order of touched) hits[order] = 0;
  return out;
}
