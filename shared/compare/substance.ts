/**
 * "The same in substance": two steps agree on every compared field.
 *
 * A field only differs when both steps record it: a step without a lane, environment or
 * automation is not evidence of a change. Titles differing in wording only (case, articles,
 * punctuation, word endings, one extra word) are the same. Environment 'either' agrees with any environment.
 * Tools are compared as sets (case-insensitive, trimmed); an empty list is a recorded "no tools".
 */
import type { IndexedStep, StepIndex } from './lookup.js';
import { dice } from './text.js';
import type { SubstanceField } from './types.js';

/** What is done, who does it, and the kind of step (approval, handoff, wait…): the process. */
export const PROCESS_FIELDS: readonly SubstanceField[] = ['title', 'lane', 'kind'];
/** Where and with what it is done: the technology. */
export const TECHNOLOGY_FIELDS: readonly SubstanceField[] = ['tools', 'environment', 'automation'];
/** Step statuses compare the process; the technology has its own status. */
export const DEFAULT_FIELDS: readonly SubstanceField[] = PROCESS_FIELDS;
/** Titles are the same when they share this much of their stemmed words (Dice). */
export const SAME_TITLE = 0.6;

/** Whether the field is recorded on both steps, i.e. can be compared at all. */
export function comparable(a: IndexedStep, b: IndexedStep, field: SubstanceField): boolean {
  switch (field) {
    case 'lane':
      return a.laneKey !== null && b.laneKey !== null;
    case 'environment':
      return a.step.environment !== null && b.step.environment !== null;
    case 'automation':
      return a.step.automation !== null && b.step.automation !== null;
    default:
      return true;
  }
}

/** Whether the steps agree on the field (true when it cannot be compared). */
export function sameField(a: IndexedStep, b: IndexedStep, field: SubstanceField): boolean {
  if (!comparable(a, b, field)) return true;
  switch (field) {
    case 'title':
      return a.titleKey === b.titleKey || dice(a.titleWords, b.titleWords) >= SAME_TITLE;
    case 'lane':
      return a.laneGroup === b.laneGroup;
    case 'kind':
      return a.step.kind === b.step.kind;
    case 'tools':
      return a.toolKeys.length === b.toolKeys.length && a.toolKeys.every((t, i) => t === b.toolKeys[i]);
    case 'environment':
      return (
        a.step.environment === b.step.environment ||
        a.step.environment === 'either' ||
        b.step.environment === 'either'
      );
    case 'automation':
      return a.step.automation === b.step.automation;
  }
}

export function differingFields(
  a: IndexedStep,
  b: IndexedStep,
  fields: readonly SubstanceField[],
): SubstanceField[] {
  return fields.filter((field) => !sameField(a, b, field));
}

export interface Match {
  entry: IndexedStep;
  differing: SubstanceField[];
}

/** The candidate with the fewest differing fields; ties go to the earlier step in flow order. */
export function bestMatch(
  step: IndexedStep,
  candidateIds: readonly string[],
  index: StepIndex,
  fields: readonly SubstanceField[],
): Match | null {
  let best: Match | null = null;
  for (const id of candidateIds) {
    const entry = index.byId.get(id);
    if (!entry) continue;
    const differing = differingFields(step, entry, fields);
    if (best === null || differing.length < best.differing.length) best = { entry, differing };
  }
  return best;
}
