import { describe, expect, it } from 'vitest';
import {
  ACTUAL_STATUS_LABELS,
  CURRENT_STATUS_LABELS,
  FUTURE_STATUS_LABELS,
  type StepStatus,
  compareWorkshop,
  statusLabel,
} from '../../../shared/compare/index.js';
import type { MapState } from '../../../shared/domain/types.js';
import { markOf, statusMark } from '../../../shared/report/side-by-side.js';
import { statusView } from '../../../shared/report/status-view.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';

const KINDS: Record<MapState, string[]> = {
  actual: Object.keys(ACTUAL_STATUS_LABELS),
  future: Object.keys(FUTURE_STATUS_LABELS),
  current: Object.keys(CURRENT_STATUS_LABELS),
};

function status(state: MapState, kind: string, plannedChange: boolean, extra: Partial<StepStatus> = {}) {
  return {
    stepId: 's',
    state,
    status: kind,
    label: statusLabel(state, kind as StepStatus['status']),
    comparedWith: null,
    differingFields: [],
    plannedChange,
    credit: null,
    technology: null,
    technologyFields: [],
    ...extra,
  } as StepStatus;
}

const shown = (s: StepStatus) => {
  const v = statusView(s);
  return `${v.icon} ${v.label}${v.detail}`;
};

describe('statusView: the Compare stage marks a step as the report and the deck do', () => {
  const cases = (Object.keys(KINDS) as MapState[]).flatMap((state) =>
    KINDS[state].flatMap((kind) => [true, false].map((planned) => [state, kind, planned] as const)),
  );

  it.each(cases)('%s %s (planned change: %s): icon, word and tone of markOf', (state, kind, planned) => {
    const s = status(state, kind, planned);
    const { icon, label, tone } = statusView(s);
    const mark = markOf(state, s);
    expect({ icon, label, tone }).toEqual({ icon: mark.icon, label: mark.label, tone: mark.tone });
    expect(mark.label).not.toBe('No status'); // every real status has a mark of its own
  });

  it('words what the room saw in the deliverables’ words, with the longer explanation after', () => {
    expect(shown(status('actual', 'unchanged', true))).toBe('= Unchanged from current');
    expect(shown(status('actual', 'workaround', true))).toBe('+ Workaround (in neither current nor future)');
    expect(shown(status('actual', 'modified', true))).toBe('≈ Changed off-plan');
    expect(shown(status('current', 'still_present', true))).toBe('= Still done in actual');
    expect(shown(status('current', 'retired', true))).toBe('✓ Retired in actual');
    expect(shown(status('future', 'not_adopted', true))).toBe('✗ Not adopted in actual');
    expect(shown(status('future', 'partly_adopted', true, { differingFields: ['tools', 'lane'] }))).toBe(
      '½ Partly adopted in actual (differs: tools, lane)',
    );
    // A step the future design kept as it was: "Kept as planned" in every column, never a failure.
    expect(shown(status('current', 'still_present', false))).toBe('✓ Kept as planned (still done in actual)');
    expect(shown(status('future', 'adopted', false))).toBe('✓ Kept as planned (done in actual)');
    expect(shown(status('actual', 'unchanged', false))).toBe('✓ Kept as planned (unchanged from current)');
    expect(statusView(status('current', 'still_present', false)).tone).toBe('good');
    expect(statusView(status('current', 'still_present', true)).tone).toBe('bad');
  });

  it('keeps the technology side the engine put after "; "', () => {
    const s = status('actual', 'unchanged', true, {
      label: 'Unchanged from current; technology changed',
    });
    expect(shown(s)).toBe('= Unchanged from current; technology changed');
  });

  it('marks every step of the origin story exactly as the side-by-side page does', () => {
    const data = originWorkshop();
    const comparison = compareWorkshop({ maps: data.maps, links: data.links });
    for (const state of ['current', 'future', 'actual'] as const)
      for (const step of data.maps[state].steps) {
        const s = comparison.statuses.byStep[step.id]!;
        const mark = statusMark(comparison, state, step.id);
        expect(statusView(s), `${state}: ${step.title}`).toMatchObject(mark);
      }
  });
});
