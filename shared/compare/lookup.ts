/** One index over the three maps: every step with its state, flow order and normalized fields. */
import type { MapState, ProcessMap, Step } from '../domain/types.js';
import { MAP_STATES } from '../domain/types.js';
import { memoize, normalizeText, tokens, toolKeys } from './text.js';

export interface IndexedStep {
  step: Step;
  state: MapState;
  /** Index in the map's flow order. */
  order: number;
  /** Lane name as entered, null when the step has no (existing) lane. */
  laneName: string | null;
  /** Normalized lane name, null when the step has no (existing) lane. */
  laneKey: string | null;
  /** The lane as the comparison reads it: its normalized name, or the group of a renamed lane (lanes.ts). */
  laneGroup: string | null;
  titleKey: string;
  /** Stemmed title words without stop words, for comparing titles that differ in wording only. */
  titleWords: Set<string>;
  toolKeys: string[];
}

export interface StepIndex {
  byId: Map<string, IndexedStep>;
  byState: Record<MapState, IndexedStep[]>;
}

/** Indexes the maps. A step id seen twice keeps its first occurrence, so every id has one state. */
export function indexSteps(maps: Record<MapState, ProcessMap>): StepIndex {
  // Names and titles repeat across steps and states: read each distinct one once.
  const normalize = memoize(normalizeText);
  const words = memoize(tokens);
  const byId = new Map<string, IndexedStep>();
  const byState: Record<MapState, IndexedStep[]> = { current: [], future: [], actual: [] };
  for (const state of MAP_STATES) {
    const map = maps[state];
    const laneNames = new Map(map.lanes.map((lane) => [lane.id, lane.name]));
    for (const step of map.steps) {
      if (byId.has(step.id)) continue;
      const laneName = step.laneId === null ? null : (laneNames.get(step.laneId) ?? null);
      const laneKey = laneName === null ? null : normalize(laneName);
      const entry: IndexedStep = {
        step,
        state,
        order: byState[state].length,
        laneName,
        laneKey: laneKey === '' ? null : laneKey,
        laneGroup: laneKey === '' ? null : laneKey,
        titleKey: normalize(step.title),
        titleWords: words(step.title),
        toolKeys: toolKeys(step.tools, normalize),
      };
      byId.set(step.id, entry);
      byState[state].push(entry);
    }
  }
  return { byId, byState };
}

export const STATE_RANK: Record<MapState, number> = { current: 0, future: 1, actual: 2 };

/** The state that is neither `a` nor `b`. */
export function thirdState(a: MapState, b: MapState): MapState {
  for (const state of MAP_STATES) if (state !== a && state !== b) return state;
  throw new Error(`No third state for ${a} and ${b}`);
}
