import type { ComparisonResult, StepStatusKind } from '../compare/index.js';
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

/** A step's mark in its state, from the comparison (the read-out deck, the report and the presenter). */
export function statusMark(comparison: ComparisonResult, state: MapState, stepId: string): StatusMark {
  const status = comparison.statuses.byStep[stepId];
  return (status && STATUS_MARKS[state][status.status]) || NO_STATUS;
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
