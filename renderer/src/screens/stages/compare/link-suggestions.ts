import type { SuggestedCounterpart, Suggestion } from '../../../../../shared/compare/index.js';
import { linkSuggestionKey } from '../../../../../shared/ipc/compare.channels.js';
import { MAP_STATES, type MapState } from '../../../../../shared/domain/types.js';

export interface LinkCandidate extends SuggestedCounterpart {
  key: string;
}

export interface LinkSuggestionView extends Omit<Suggestion, 'candidates'> {
  candidates: LinkCandidate[];
}

/** The key of a suggested pair, the same whichever of the two steps the suggestion started from. */
export function pairKey(a: { id: string; state: MapState }, b: { id: string; state: MapState }): string {
  const [from, to] = MAP_STATES.indexOf(a.state) < MAP_STATES.indexOf(b.state) ? [a, b] : [b, a];
  return linkSuggestionKey(from.id, to.id);
}

/**
 * Suggestions still to decide: each pair once (an unlinked current step and an unlinked actual step
 * suggest each other), without rejected pairs; and the rejected pairs, to restore.
 */
export function splitLinkSuggestions(
  suggestions: readonly Suggestion[],
  isRejected: (key: string) => boolean,
): { open: LinkSuggestionView[]; rejected: { key: string; stepId: string; candidateId: string }[] } {
  const seen = new Set<string>();
  const open: LinkSuggestionView[] = [];
  const rejected: { key: string; stepId: string; candidateId: string }[] = [];
  for (const s of suggestions) {
    const candidates: LinkCandidate[] = [];
    for (const c of s.candidates) {
      const key = pairKey({ id: s.stepId, state: s.state }, { id: c.stepId, state: s.targetState });
      if (seen.has(key)) continue;
      seen.add(key);
      if (isRejected(key)) rejected.push({ key, stepId: s.stepId, candidateId: c.stepId });
      else candidates.push({ ...c, key });
    }
    if (candidates.length > 0) open.push({ ...s, candidates });
  }
  return { open, rejected };
}
