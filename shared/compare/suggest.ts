/**
 * Suggested counterparts for steps that have none in a state, ranked by similarity.
 *
 * Candidates come from buckets (a shared title word, the same lane, a shared tool; see blocking.ts).
 * A cheap count of shared bucket keys (title words weigh 2) keeps the best MAX_SCORED candidates,
 * which are then scored exactly, so the cost stays near linear in the steps. Ties: flow order.
 */
import { MAP_STATES } from '../domain/types.js';
import {
  type Buckets,
  type Keys,
  type Scratch,
  KeyInterner,
  bucketize,
  centerOf,
  scratchFor,
  shortlistInto,
} from './blocking.js';
import type { StepIndex } from './lookup.js';
import type { SimilarityTable, StepFeatures } from './similarity.js';
import { similarityAt, similarityReasons, similarityTable, stepFeatures } from './similarity.js';
import { WordIds, memoize, normalizeText, tokens } from './text.js';
import type { Correspondence, Suggestion, SuggestOptions } from './types.js';

export const DEFAULT_THRESHOLD = 0.35;
export const DEFAULT_LIMIT = 3;
const MAX_SCORED = 25;

interface Keyed {
  features: StepFeatures;
  keys: Keys;
}

export function suggestCounterparts(
  index: StepIndex,
  correspondence: Correspondence,
  options: SuggestOptions = {},
): Suggestion[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const interner = new KeyInterner();
  const words = memoize(tokens);
  const normalize = memoize(normalizeText);
  const ids = new WordIds();
  const keyed = Object.fromEntries(
    MAP_STATES.map((state) => [
      state,
      index.byState[state].map((entry) => withKeys(stepFeatures(entry, ids, words, normalize), interner)),
    ]),
  ) as Record<(typeof MAP_STATES)[number], Keyed[]>;
  const buckets = Object.fromEntries(
    MAP_STATES.map((state) => [state, bucketize(keyed[state].map((k) => k.keys))]),
  ) as Record<(typeof MAP_STATES)[number], Buckets>;

  const laneIds = new Map<string, number>();
  const tables = Object.fromEntries(
    MAP_STATES.map((state) => [
      state,
      similarityTable(
        keyed[state].map((k) => k.features),
        laneIds,
      ),
    ]),
  ) as Record<(typeof MAP_STATES)[number], SimilarityTable>;
  const scratch = Object.fromEntries(
    MAP_STATES.map((state) => [state, scratchFor(keyed[state].length)]),
  ) as Record<(typeof MAP_STATES)[number], Scratch>;

  const out: Suggestion[] = [];
  for (const state of MAP_STATES) {
    for (let s = 0; s < keyed[state].length; s++) {
      const step = keyed[state][s]!;
      const id = step.features.entry.step.id;
      const counterparts = correspondence.byStep[id]?.counterparts;
      const position = relative(step.features.entry.order, keyed[state].length);
      for (const targetState of MAP_STATES) {
        if (targetState === state || (counterparts?.[targetState].length ?? 0) > 0) continue;
        const targets = keyed[targetState];
        const center = centerOf(position, targets.length);
        const scored: Scored[] = [];
        const list = scratch[targetState];
        const length = shortlistInto(step.keys, buckets[targetState], list, center, MAX_SCORED);
        for (let k = 0; k < length; k++) {
          const t = list.list[k]!;
          const score = similarityAt(tables[state], s, tables[targetState], t);
          if (score >= threshold && score > 0) keepBest(scored, targets, t, score, limit);
        }
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

interface Scored {
  target: Keyed;
  /** The target's flow order (its index in its state). */
  order: number;
  score: number;
}

/**
 * Inserts target `order` of `targets` into a list kept sorted (score, then flow order) and at most
 * `limit` long; the target is read only when it gets in.
 */
function keepBest(list: Scored[], targets: Keyed[], order: number, score: number, limit: number): void {
  let at = list.length;
  while (at > 0) {
    const before = list[at - 1]!;
    if (before.score > score || (before.score === score && before.order < order)) break;
    at -= 1;
  }
  if (at >= limit) return;
  list.splice(at, 0, { target: targets[order]!, order, score });
  if (list.length > limit) list.pop();
}

function withKeys(features: StepFeatures, interner: KeyInterner): Keyed {
  const { title, entry, tools } = features;
  return { features, keys: interner.keys(title, entry.laneKey, tools) };
}

/** Relative flow position (0..1) of the step at `order` in a map of `length` steps. */
function relative(order: number, length: number): number {
  return length <= 1 ? 0.5 : order / (length - 1);
}
