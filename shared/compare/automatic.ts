/**
 * Automatic correspondence: for steps with no lineage or manual counterpart in another state, an
 * order-aware alignment of the two states' free steps.
 *
 * 1. Candidates: free steps of the other state sharing a title word or a tool (at most MAX_SCORED
 *    per step, the ones sharing the most), scored by `matchScore` (title words, lane, kind, tools).
 * 2. Backbone: the heaviest chain of candidate pairs that keeps the flow order of both states
 *    (a weighted longest increasing subsequence, the sparse form of a global sequence alignment).
 * 3. Reordered steps: pairs off the backbone, best first, at a crossing penalty.
 * 4. Splits and merges: a still free step whose title is contained in (or contains) a matched
 *    neighbour's title joins that match.
 * A pair counts when its confidence reaches the threshold; below it stays a suggestion. Pairs the
 * facilitator rejected are never matched. States are aligned current↔future, future↔actual, then
 * current↔actual for steps that still have no counterpart (not even through the third state).
 */
import type { MapState, StepLink } from '../domain/types.js';
import type { IndexedStep, StepIndex } from './lookup.js';
import { STATE_RANK, thirdState } from './lookup.js';
import { KeyInterner } from './blocking.js';
import { WordIds, memoize, tokens } from './text.js';
import {
  type Pair,
  type Pairs,
  type Side,
  backbone,
  candidatePairs,
  filterPairs,
  makePair,
  pairAt,
} from './candidates.js';
import {
  type PairFeatures,
  matchReasons,
  matchScore,
  pairFeatures,
  titleContainment,
} from './match-score.js';
import type { AutomaticMatch, AutomaticSettings } from './types.js';

export const AUTOMATIC_THRESHOLD = 0.6;
const CROSSING_PENALTY = 0.1;
const SPLIT_PENALTY = 0.05;
const GAP_BONUS = 0.1;
/** A split or merge whose titles neither contain each other nor share half their words needs this score. */
const SPLIT_SCORE = 0.8;
const PAIRS: [MapState, MapState][] = [
  ['current', 'future'],
  ['future', 'actual'],
  ['current', 'actual'],
];

type Adjacency = Map<string, Record<MapState, Set<string>>>;

export function automaticMatches(
  index: StepIndex,
  links: readonly Pick<StepLink, 'fromStepId' | 'toStepId'>[],
  options: AutomaticSettings = {},
): AutomaticMatch[] {
  const threshold = options.threshold ?? AUTOMATIC_THRESHOLD;
  const rejected = new Set<string>();
  for (const [a, b] of options.rejected ?? []) rejected.add(`${a}\u0000${b}`).add(`${b}\u0000${a}`);
  const adjacency: Adjacency = new Map();
  const connect = (a: string, b: string): void => {
    const x = index.byId.get(a);
    const y = index.byId.get(b);
    if (!x || !y || x.state === y.state) return;
    edges(adjacency, a)[y.state].add(b);
    edges(adjacency, b)[x.state].add(a);
  };
  for (const link of links) connect(link.fromStepId, link.toStepId);
  for (const entry of index.byId.values())
    if (entry.step.originStepId !== null) connect(entry.step.originStepId, entry.step.id);

  const sides = sideFactory(index);
  const out: AutomaticMatch[] = [];
  for (const [a, b] of PAIRS) {
    const free = (state: MapState, target: MapState) =>
      sides(
        state,
        index.byState[state].filter((e) => !hasCounterpart(adjacency, e.step.id, state, target)),
      );
    const matches = alignStates(free(a, b), free(b, a), rejected, threshold);
    for (const m of matches) {
      connect(m.fromStepId, m.toStepId);
      out.push(m);
    }
  }
  return out;
}

function edges(adjacency: Adjacency, id: string): Record<MapState, Set<string>> {
  let found = adjacency.get(id);
  if (!found) adjacency.set(id, (found = { current: new Set(), future: new Set(), actual: new Set() }));
  return found;
}

/**
 * Whether the step has a counterpart in the target state: a direct one, or exactly one through the
 * third state. Through a split or merge the derived counterparts are ambiguous, so the step is
 * aligned directly (a direct link then wins over derivation).
 */
function hasCounterpart(adjacency: Adjacency, id: string, state: MapState, target: MapState): boolean {
  const own = adjacency.get(id);
  if (!own) return false;
  if (own[target].size > 0) return true;
  let derived: string | null = null;
  for (const via of own[thirdState(state, target)]) {
    for (const other of adjacency.get(via)?.[target] ?? []) {
      if (derived === null) derived = other;
      else if (other !== derived) return false;
    }
  }
  return derived !== null;
}

/** Features and bucket keys of each step, computed once per state on first use. */
function sideFactory(index: StepIndex): (state: MapState, entries: IndexedStep[]) => Side {
  const interner = new KeyInterner();
  const words = memoize(tokens); // lane names repeat: one word set per name
  const ids = new WordIds();
  const cache = new Map<MapState, { features: PairFeatures[]; keys: Side['keys'] }>();
  const all = (state: MapState) => {
    let found = cache.get(state);
    if (found) return found;
    const features = index.byState[state].map((entry) => pairFeatures(entry, ids, words));
    const keys = features.map((f) => interner.keys(f.title, null, f.tools));
    cache.set(state, (found = { features, keys }));
    return found;
  };
  return (state, entries) => {
    const { features, keys } = all(state);
    return {
      entries,
      features: entries.map((e) => features[e.order]!),
      keys: entries.map((e) => keys[e.order]!),
    };
  };
}

function alignStates(
  leftSide: Side,
  rightSide: Side,
  rejected: ReadonlySet<string>,
  threshold: number,
): AutomaticMatch[] {
  const left = leftSide.entries;
  const right = rightSide.entries;
  if (left.length === 0 || right.length === 0) return [];
  const all = candidatePairs(leftSide, rightSide);
  const pairs =
    rejected.size === 0
      ? all
      : filterPairs(all, (i, j) => !rejected.has(`${left[i]!.step.id}\u0000${right[j]!.step.id}`));
  const matchedA = new Map<number, Pair>();
  const matchedB = new Map<number, Pair>();
  const out: AutomaticMatch[] = [];
  const accept = (p: Pair, confidence: number, extra: string[]): void => {
    matchedA.set(p.i, p);
    matchedB.set(p.j, p);
    out.push(match(p, confidence, extra));
  };
  for (const p of backbone(pairs, leftSide, rightSide)) if (p.value >= threshold) accept(p, p.value, []);
  // Off the backbone, best first; a pair that cannot reach the threshold once penalized is left out.
  const rest: Pair[] = [];
  for (let k = 0; k < pairs.size; k++) {
    if (pairs.value[k]! - CROSSING_PENALTY < threshold) continue;
    if (matchedA.has(pairs.i[k]!) || matchedB.has(pairs.j[k]!)) continue;
    rest.push(pairAt(leftSide, rightSide, pairs, k));
  }
  rest.sort((x, y) => y.weight - x.weight || x.i - y.i || x.j - y.j);
  for (const p of rest) {
    if (matchedA.has(p.i) || matchedB.has(p.j)) continue;
    accept(p, p.value - CROSSING_PENALTY, ['moved in the flow']);
  }
  fillGaps(pairs, leftSide, rightSide, matchedA, matchedB, rejected, threshold, accept);
  // Splits and merges: a free step next to a matched step of its own lane joins that match when
  // its title is contained in the other's (or the pair scores as a match on its own).
  for (let k = 0; k < pairs.size; k++) {
    const i = pairs.i[k]!;
    const j = pairs.j[k]!;
    const freeA = !matchedA.has(i);
    const freeB = !matchedB.has(j);
    if (freeA === freeB) continue;
    const partner = freeA ? matchedB.get(j)! : matchedA.get(i)!;
    const sibling = freeA ? partner.a : partner.b;
    const own = freeA ? leftSide.features[i]!.entry : rightSide.features[j]!.entry;
    const near = freeA ? Math.abs(partner.i - i) <= 2 : Math.abs(partner.j - j) <= 2;
    if (!near || sibling.laneKey !== own.laneKey) continue;
    const p = pairAt(leftSide, rightSide, pairs, k);
    const contained = titleContainment(p.fa, p.fb) >= 0.99;
    if (!contained && p.value < SPLIT_SCORE && (p.value < threshold || p.title < 0.5)) continue;
    if (freeA) matchedA.set(p.i, p);
    else matchedB.set(p.j, p);
    const confidence = Math.max(threshold, p.value - SPLIT_PENALTY);
    out.push(match(p, confidence, [freeA ? 'merged' : 'split']));
  }
  return out;
}

/**
 * Steps left between two matched neighbours (or the start or end of both flows): a candidate pair in
 * the same gap gets a position bonus; a gap of one step on each side matches when both steps have
 * the same kind and the same lane or a shared title word, as a facilitator reads a renamed step in
 * the same place. So do the first (or last) steps of both flows with the same lane and kind.
 */
function fillGaps(
  pairs: Pairs,
  leftSide: Side,
  rightSide: Side,
  matchedA: Map<number, Pair>,
  matchedB: Map<number, Pair>,
  rejected: ReadonlySet<string>,
  threshold: number,
  accept: (p: Pair, confidence: number, extra: string[]) => void,
): void {
  const left = leftSide.entries;
  const right = rightSide.entries;
  const anchors = [...matchedA.values()].sort((x, y) => x.i - y.i).filter(increasing());
  const bounds = [{ i: -1, j: -1 }, ...anchors, { i: left.length, j: right.length }];
  const byLeft = pairsByLeft(pairs, left.length);
  for (let g = 1; g < bounds.length; g++) {
    const from = bounds[g - 1]!;
    const to = bounds[g]!;
    const freeLeft = range(from.i + 1, to.i).filter((i) => !matchedA.has(i));
    const freeRight = range(from.j + 1, to.j).filter((j) => !matchedB.has(j));
    if (freeLeft.length === 0 || freeRight.length === 0) continue;
    if (Math.min(freeLeft.length, freeRight.length) > 2) continue;
    const inGap: Pair[] = [];
    for (const i of freeLeft) {
      for (let at = byLeft.start[i]!; at < byLeft.start[i + 1]!; at++) {
        const k = byLeft.pairs[at]!;
        const j = pairs.j[k]!;
        if (j > from.j && j < to.j) inGap.push(pairAt(leftSide, rightSide, pairs, k));
      }
    }
    inGap.sort((x, y) => y.value - x.value);
    for (const p of inGap) {
      if (matchedA.has(p.i) || matchedB.has(p.j) || p.title < 0.5) continue;
      const confidence = p.value + GAP_BONUS;
      if (confidence >= threshold) accept(p, confidence, ['same place in the flow']);
    }
    const restLeft = freeLeft.filter((i) => !matchedA.has(i));
    const restRight = freeRight.filter((j) => !matchedB.has(j));
    if (restLeft.length === 0 || restRight.length === 0) continue;
    const single = restLeft.length === 1 && restRight.length === 1;
    const ends: [number, number, string][] = [];
    if (single) ends.push([restLeft[0]!, restRight[0]!, 'same place in the flow']);
    else if (from.i === -1) ends.push([restLeft[0]!, restRight[0]!, 'both flows start here']);
    else if (to.i === left.length) ends.push([restLeft.at(-1)!, restRight.at(-1)!, 'both flows end here']);
    for (const [i, j, reason] of ends) {
      const a = left[i]!;
      const b = right[j]!;
      if (rejected.has(`${a.step.id}\u0000${b.step.id}`)) continue;
      const pair = makePair(leftSide, rightSide, i, j);
      const sameLane = a.laneKey !== null && a.laneKey === b.laneKey;
      if (a.step.kind !== b.step.kind || !(sameLane || (single && pair.title > 0))) continue;
      accept(pair, threshold, [reason]);
    }
  }
}

/** Pair indexes grouped by left index (in pair order within a group): `pairs[start[i] .. start[i + 1])`. */
function pairsByLeft(pairs: Pairs, size: number): { start: Int32Array; pairs: Int32Array } {
  const start = new Int32Array(size + 1);
  for (let k = 0; k < pairs.size; k++) start[pairs.i[k]! + 1]! += 1;
  for (let i = 0; i < size; i++) start[i + 1]! += start[i]!;
  const next = start.slice(0, size);
  const grouped = new Int32Array(pairs.size);
  for (let k = 0; k < pairs.size; k++) grouped[next[pairs.i[k]!]!++] = k;
  return { start, pairs: grouped };
}

function increasing(): (p: Pair) => boolean {
  let last = -1;
  return (p) => {
    if (p.j <= last) return false;
    last = p.j;
    return true;
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

function match(p: Pair, confidence: number, extra: string[]): AutomaticMatch {
  const reasons = [...matchReasons(matchScore(p.fa, p.fb), p.a, p.b), ...extra];
  const [from, to] = STATE_RANK[p.a.state] < STATE_RANK[p.b.state] ? [p.a, p.b] : [p.b, p.a];
  return {
    fromStepId: from.step.id,
    toStepId: to.step.id,
    confidence: Math.round(Math.min(1, confidence) * 100) / 100,
    reasons,
  };
}

/** Rejected pairs from the facilitator's suggestion marks (keys `link:<stepId>:<candidateId>`). */
export function rejectedPairs(marks: readonly { key: string; decision: string }[]): [string, string][] {
  const out: [string, string][] = [];
  for (const mark of marks) {
    if (mark.decision !== 'rejected' || !mark.key.startsWith('link:')) continue;
    const [stepId, candidateId] = mark.key.slice(5).split(':');
    if (stepId && candidateId) out.push([stepId, candidateId]);
  }
  return out;
}
