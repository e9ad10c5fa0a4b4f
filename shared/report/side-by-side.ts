import {
  type ComparisonResult,
  type StepStatus,
  type StepStatusKind,
  statusLabel,
} from '../compare/index.js';
import { MAP_STATES, type MapState } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import { STATE_NAMES } from './texts.js';

/** How a step's status reads: a symbol and a short word, so it never depends on colour alone. */
export interface StatusMark {
  icon: string;
  label: string;
  tone: 'good' | 'bad' | 'mixed' | 'neutral';
}

export const STATUS_MARKS: Record<MapState, Partial<Record<StepStatusKind, StatusMark>>> = {
  actual: {
    unchanged: { icon: '=', label: 'Unchanged', tone: 'bad' },
    adopted: { icon: '✓', label: 'Adopted', tone: 'good' },
    partly_adopted: { icon: '½', label: 'Partly adopted', tone: 'mixed' },
    kept: { icon: '✓', label: 'Kept as planned', tone: 'good' },
    modified: { icon: '≈', label: 'Changed off-plan', tone: 'mixed' },
    workaround: { icon: '+', label: 'Workaround', tone: 'bad' },
  },
  future: {
    adopted: { icon: '✓', label: 'Adopted', tone: 'good' },
    partly_adopted: { icon: '½', label: 'Partly adopted', tone: 'mixed' },
    not_adopted: { icon: '✗', label: 'Not adopted', tone: 'bad' },
  },
  current: {
    still_present: { icon: '=', label: 'Still done', tone: 'bad' },
    retired: { icon: '✓', label: 'Retired', tone: 'good' },
  },
};

export const NO_STATUS: StatusMark = { icon: '·', label: 'No status', tone: 'neutral' };

const KEPT = STATUS_MARKS.actual.kept!;
const NOT_KEPT: StatusMark = { icon: '✗', label: 'Not kept', tone: 'mixed' };

/**
 * Marks of steps the future design kept as they were in current (`plannedChange` false): such a
 * step was meant to stay, so still doing it is no failure and doing it in the future is no gain.
 * With the marks above alone, current "Deploy application" read "Still done" in red beside an
 * actual "Kept as planned" in green.
 */
const UNPLANNED: Record<MapState, Partial<Record<StepStatusKind, StatusMark>>> = {
  actual: { unchanged: KEPT },
  future: { adopted: KEPT, not_adopted: NOT_KEPT },
  current: { still_present: KEPT },
};

const UNPLANNED_MEANINGS: Record<MapState, Partial<Record<StepStatusKind, string>>> = {
  actual: { unchanged: statusLabel('actual', 'kept') },
  future: {
    adopted: 'Kept from current by the design, and done in actual',
    not_adopted: 'Kept from current by the design, but not done in actual',
  },
  current: { still_present: 'Kept by the future design, and still done' },
};

/** A step's mark from its status: the read-out deck, the report and the presenter draw the same. */
export function markOf(state: MapState, status: StepStatus | undefined): StatusMark {
  if (!status) return NO_STATUS;
  const unplanned = status.plannedChange ? undefined : UNPLANNED[state][status.status];
  return unplanned ?? STATUS_MARKS[state][status.status] ?? NO_STATUS;
}

/** A step's mark in its state, from the comparison. */
export function statusMark(comparison: ComparisonResult, state: MapState, stepId: string): StatusMark {
  return markOf(state, comparison.statuses.byStep[stepId]);
}

/** Every mark a state's steps can carry, once each, with what it means in the comparison's words. */
export function markMeanings(state: MapState): { mark: StatusMark; meaning: string }[] {
  const out = new Map<StatusMark, string>();
  for (const [status, mark] of Object.entries(STATUS_MARKS[state]))
    out.set(mark, statusLabel(state, status as StepStatusKind));
  for (const [status, mark] of Object.entries(UNPLANNED[state]))
    if (!out.has(mark)) out.set(mark, UNPLANNED_MEANINGS[state][status as StepStatusKind] ?? mark.label);
  return [...out].map(([mark, meaning]) => ({ mark, meaning }));
}

export interface SideStep {
  number: number;
  title: string;
  mark: StatusMark;
}

export interface SideColumn {
  state: MapState;
  heading: string;
  steps: SideStep[];
  /** How many steps carry each status, most first: the column in one line for large maps. */
  counts: { mark: StatusMark; count: number }[];
}

/** The three states in aligned columns, each step with its status mark. */
export function sideBySide(data: WorkshopData, comparison: ComparisonResult): SideColumn[] {
  return MAP_STATES.map((state) => {
    const steps = data.maps[state].steps.map((step, i) => ({
      number: i + 1,
      title: step.title,
      mark: statusMark(comparison, state, step.id),
    }));
    const tally = new Map<StatusMark, number>();
    for (const s of steps) tally.set(s.mark, (tally.get(s.mark) ?? 0) + 1);
    const counts = [...tally].map(([mark, count]) => ({ mark, count })).sort((a, b) => b.count - a.count);
    return { state, heading: STATE_NAMES[state], steps, counts };
  });
}
