/**
 * Deterministic similarity of two steps, 0..1, with the reasons behind it.
 *
 * Weighted mean of: title (Dice of words, weight 0.5), description (Dice of words, 0.15),
 * lane (1 when the names match, else Dice of words, 0.15), tools (Jaccard, 0.2). A part that
 * neither step records is left out of the mean instead of counting as a mismatch.
 */
import type { IndexedStep } from './lookup.js';
import { type Packed, diceOf, internAll, jaccardOf, pack, sizeOf } from './packed.js';
import { WordIds, dice, diceIds, jaccardIds, normalizeText, tokens } from './text.js';

export const SIMILARITY_WEIGHTS = { title: 0.5, description: 0.15, lane: 0.15, tools: 0.2 } as const;

export interface StepFeatures {
  entry: IndexedStep;
  title: Set<string>;
  description: Set<string>;
  lane: Set<string>;
  tools: Set<string>;
  /** Normalized tool name → the name as entered. */
  toolNames: Map<string, string>;
  /** The sets as ids of the comparison's `WordIds`, for scoring. */
  ids: { title: Int32Array; description: Int32Array; lane: Int32Array; tools: Int32Array };
}

/**
 * Features of a step; `ids` is shared by the features compared with each other (a fresh one by
 * default). `words` and `normalize` may be memoized versions of `tokens` and `normalizeText`.
 */
export function stepFeatures(
  entry: IndexedStep,
  ids = new WordIds(),
  words = tokens,
  normalize = normalizeText,
): StepFeatures {
  const toolNames = new Map<string, string>();
  for (const tool of entry.step.tools) {
    const key = normalize(tool);
    if (key && !toolNames.has(key)) toolNames.set(key, tool.trim());
  }
  const description = words(entry.step.description);
  const lane = entry.laneName === null ? new Set<string>() : words(entry.laneName);
  const tools = new Set(toolNames.keys());
  return {
    entry,
    title: entry.titleWords,
    description,
    lane,
    tools,
    toolNames,
    ids: {
      title: ids.of(entry.titleWords),
      description: ids.of(description),
      lane: ids.of(lane),
      tools: ids.fresh(tools),
    },
  };
}

export function similarityScore(a: StepFeatures, b: StepFeatures): number {
  let weighted = 0;
  let weights = 0;
  if (a.title.size + b.title.size > 0) {
    weighted += SIMILARITY_WEIGHTS.title * diceIds(a.ids.title, b.ids.title);
    weights += SIMILARITY_WEIGHTS.title;
  }
  if (a.description.size + b.description.size > 0) {
    weighted += SIMILARITY_WEIGHTS.description * diceIds(a.ids.description, b.ids.description);
    weights += SIMILARITY_WEIGHTS.description;
  }
  if (a.entry.laneKey !== null || b.entry.laneKey !== null) {
    weighted += SIMILARITY_WEIGHTS.lane * (sameLane(a, b) ? 1 : diceIds(a.ids.lane, b.ids.lane));
    weights += SIMILARITY_WEIGHTS.lane;
  }
  if (a.tools.size + b.tools.size > 0) {
    weighted += SIMILARITY_WEIGHTS.tools * jaccardIds(a.ids.tools, b.ids.tools);
    weights += SIMILARITY_WEIGHTS.tools;
  }
  return weights === 0 ? 0 : Math.round((weighted / weights) * 1000) / 1000;
}

/** The features of a list of steps packed for `similarityAt` (parts: title, description, lane, tools). */
export interface SimilarityTable {
  sets: Packed;
  /** Lane key per step, interned; -1 for none. */
  lanes: Int32Array;
}

const TITLE = 0;
const DESCRIPTION = 1;
const LANE = 2;
const TOOLS = 3;

/** `laneIds` is shared by the tables compared with each other. */
export function similarityTable(
  features: readonly StepFeatures[],
  laneIds: Map<string, number>,
): SimilarityTable {
  return {
    sets: pack(
      features.map(({ ids }) => [ids.title, ids.description, ids.lane, ids.tools]),
      4,
    ),
    lanes: internAll(
      features.map((f) => f.entry.laneKey),
      laneIds,
    ),
  };
}

/** `similarityScore` of step `i` of `a` and step `j` of `b`, the same arithmetic on packed sets. */
export function similarityAt(a: SimilarityTable, i: number, b: SimilarityTable, j: number): number {
  const x = a.sets;
  const y = b.sets;
  let weighted = 0;
  let weights = 0;
  if (sizeOf(x, i, TITLE) + sizeOf(y, j, TITLE) > 0) {
    weighted += SIMILARITY_WEIGHTS.title * diceOf(x, i, y, j, TITLE);
    weights += SIMILARITY_WEIGHTS.title;
  }
  if (sizeOf(x, i, DESCRIPTION) + sizeOf(y, j, DESCRIPTION) > 0) {
    weighted += SIMILARITY_WEIGHTS.description * diceOf(x, i, y, j, DESCRIPTION);
    weights += SIMILARITY_WEIGHTS.description;
  }
  const laneA = a.lanes[i]!;
  const laneB = b.lanes[j]!;
  if (laneA !== -1 || laneB !== -1) {
    weighted += SIMILARITY_WEIGHTS.lane * (laneA !== -1 && laneA === laneB ? 1 : diceOf(x, i, y, j, LANE));
    weights += SIMILARITY_WEIGHTS.lane;
  }
  if (sizeOf(x, i, TOOLS) + sizeOf(y, j, TOOLS) > 0) {
    weighted += SIMILARITY_WEIGHTS.tools * jaccardOf(x, i, y, j, TOOLS);
    weights += SIMILARITY_WEIGHTS.tools;
  }
  return weights === 0 ? 0 : Math.round((weighted / weights) * 1000) / 1000;
}

/** Why `b` resembles `a`, in plain words ("same title", "same lane: Ops", "shared tools: Jira"). */
export function similarityReasons(a: StepFeatures, b: StepFeatures): string[] {
  const reasons: string[] = [];
  if (a.title.size > 0 && a.entry.titleKey === b.entry.titleKey) reasons.push('same title');
  else if (dice(a.title, b.title) >= 0.5) reasons.push('similar title');
  if (dice(a.description, b.description) >= 0.5) reasons.push('similar description');
  if (sameLane(a, b)) reasons.push(`same lane: ${a.entry.laneName ?? ''}`);
  let shared: string[] | null = null;
  for (const key of a.tools) if (b.tools.has(key)) (shared ??= []).push(a.toolNames.get(key)!);
  if (shared !== null) reasons.push(`shared tools: ${shared.join(', ')}`);
  return reasons;
}

function sameLane(a: StepFeatures, b: StepFeatures): boolean {
  return a.entry.laneKey !== null && a.entry.laneKey === b.entry.laneKey;
}
