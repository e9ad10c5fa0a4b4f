import type { Step } from '../domain/types.js';

/** A step read from another format, before it has ids, a map or a position. */
export type StepDraft = Pick<
  Step,
  | 'title'
  | 'description'
  | 'kind'
  | 'tools'
  | 'environment'
  | 'processMinutes'
  | 'waitMinutes'
  | 'pctCompleteAccurate'
  | 'automation'
  | 'valueClass'
  | 'notes'
> & {
  /** Lane name; blank for a step in no lane. */
  lane: string;
  painPoints: string[];
};

export function emptyDraft(title = ''): StepDraft {
  return {
    lane: '',
    title,
    description: '',
    kind: 'task',
    tools: [],
    environment: null,
    processMinutes: null,
    waitMinutes: null,
    pctCompleteAccurate: null,
    automation: null,
    valueClass: null,
    notes: '',
    painPoints: [],
  };
}
