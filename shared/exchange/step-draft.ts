import type { Automation, Environment, StepKind, ValueClass } from '../domain/types.js';

/** A step read from another format, before it has ids, a map or a position. */
export interface StepDraft {
  /** Lane name; blank for a step in no lane. */
  lane: string;
  title: string;
  description: string;
  kind: StepKind;
  tools: string[];
  environment: Environment | null;
  processMinutes: number | null;
  waitMinutes: number | null;
  pctCompleteAccurate: number | null;
  automation: Automation | null;
  valueClass: ValueClass | null;
  notes: string;
  painPoints: string[];
}

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
