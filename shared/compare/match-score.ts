/**
 * How alike two steps of different states are, for automatic correspondence: a weighted mean of
 * title (Dice of stemmed words, weight 0.55), lane (1 for the same name, else Dice of its words,
 * 0.2), kind (0.1) and tools (Jaccard, 0.15). Lane is left out when neither step records one, tools when one of them
 * records none (a missing list is no evidence of other tools).
 */
import type { IndexedStep } from './lookup.js';
import { type WordIds, dice, diceIds, jaccardIds, tokens } from './text.js';

export const MATCH_WEIGHTS = { title: 0.55, lane: 0.2, kind: 0.1, tools: 0.15 } as const;

export interface PairFeatures {
  entry: IndexedStep;
  title: Set<string>;
  lane: Set<string>;
  tools: Set<string>;
  /** The same sets as ids of the comparison's `WordIds`, for scoring. */
  ids: { title: Int32Array; lane: Int32Array; tools: Int32Array };
}

export interface Scored {
  value: number;
  title: number;
  /** 1 same lane name, 0..1 word overlap, -1 when neither records a lane. */
  lane: number;
  kind: boolean;
  sharedTools: string[];
}

/** Features of a step; `ids` is shared by the features compared with each other. `words` may be a memoized `tokens`. */
export function pairFeatures(entry: IndexedStep, ids: WordIds, words = tokens): PairFeatures {
  const lane = entry.laneName === null ? new Set<string>() : words(entry.laneName);
  const tools = new Set(entry.toolKeys);
  return {
    entry,
    title: entry.titleWords,
    lane,
    tools,
    ids: { title: ids.of(entry.titleWords), lane: ids.of(lane), tools: ids.fresh(tools) },
  };
}

export function matchScore(a: PairFeatures, b: PairFeatures): Scored {
  const title = dice(a.title, b.title);
  const value = scoreValue(a, b, title);
  let lane = -1;
  if (a.entry.laneKey !== null || b.entry.laneKey !== null) lane = laneScore(a, b);
  const sharedTools = [...a.tools].filter((t) => b.tools.has(t));
  return { value, title, lane, kind: a.entry.step.kind === b.entry.step.kind, sharedTools };
}

/** The score's value alone, given the title's Dice (the hot path of candidate scoring). */
export function scoreValue(a: PairFeatures, b: PairFeatures, title: number): number {
  let weighted =
    MATCH_WEIGHTS.title * title + MATCH_WEIGHTS.kind * (a.entry.step.kind === b.entry.step.kind ? 1 : 0);
  let weights = MATCH_WEIGHTS.title + MATCH_WEIGHTS.kind;
  if (a.entry.laneKey !== null || b.entry.laneKey !== null) {
    weighted += MATCH_WEIGHTS.lane * laneScore(a, b);
    weights += MATCH_WEIGHTS.lane;
  }
  if (a.tools.size > 0 && b.tools.size > 0) {
    weighted += MATCH_WEIGHTS.tools * jaccardIds(a.ids.tools, b.ids.tools);
    weights += MATCH_WEIGHTS.tools;
  }
  return Math.round((weighted / weights) * 1000) / 1000;
}

function laneScore(a: PairFeatures, b: PairFeatures): number {
  return a.entry.laneKey !== null && a.entry.laneKey === b.entry.laneKey
    ? 1
    : diceIds(a.ids.lane, b.ids.lane);
}

/** Share of the shorter title's words found in the other title (1 = one title contains the other). */
export function titleContainment(a: PairFeatures, b: PairFeatures): number {
  const [small, large] = a.title.size <= b.title.size ? [a.title, b.title] : [b.title, a.title];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  return shared / small.size;
}

/** The score in plain words: "same title", "similar title (67 %)", "same lane: Ops", "same kind". */
export function matchReasons(score: Scored, a: IndexedStep, b: IndexedStep): string[] {
  const reasons: string[] = [];
  if (a.titleKey === b.titleKey && a.titleKey !== '') reasons.push('same title');
  else if (score.title >= 0.99) reasons.push('same title words');
  else if (score.title > 0) reasons.push(`similar title (${Math.round(score.title * 100)} % of words)`);
  if (score.lane === 1) reasons.push(`same lane: ${a.laneName ?? ''}`);
  else if (score.lane > 0) reasons.push(`similar lane: ${a.laneName ?? ''} / ${b.laneName ?? ''}`);
  else if (score.lane === 0) reasons.push('other lane');
  if (score.kind) reasons.push(`same kind: ${a.step.kind}`);
  if (score.sharedTools.length > 0) reasons.push(`shared tools: ${score.sharedTools.join(', ')}`);
  return reasons;
}
