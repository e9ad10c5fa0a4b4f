/** What is left to review: automatic matches counted, and steps with no counterpart at all. */
import { MAP_STATES } from '../domain/types.js';
import type { MapState } from '../domain/types.js';
import { isLinked } from './correspondence.js';
import type { StepIndex } from './lookup.js';
import type { AutomaticMatch, Correspondence, ReviewState, Suggestion } from './types.js';

export function reviewState(
  index: StepIndex,
  correspondence: Correspondence,
  automatic: readonly AutomaticMatch[],
  suggestions: readonly Suggestion[],
): ReviewState {
  const unmatched = {} as Record<MapState, string[]>;
  for (const state of MAP_STATES) {
    unmatched[state] = index.byState[state]
      .filter((entry) => !isLinked(correspondence.byStep[entry.step.id]))
      .map((entry) => entry.step.id);
  }
  const suggested = new Set(suggestions.map((s) => s.stepId));
  const undecided = MAP_STATES.reduce(
    (sum, state) => sum + unmatched[state].filter((id) => suggested.has(id)).length,
    0,
  );
  return {
    automatic: automatic.length,
    unmatched,
    undecided,
    reviewed: automatic.length === 0 && undecided === 0,
  };
}
