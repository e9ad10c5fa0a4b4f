/**
 * The status of every step, from the correspondence and the compared fields.
 *
 * Actual steps, in order of precedence:
 *  - no counterpart in current or future         → workaround
 *  - same in substance as its future counterpart → kept (the future kept the current step as it
 *    was) or adopted
 *  - same in substance as its current counterpart → unchanged
 *  - has a future counterpart the future changed and took some of its changed fields
 *                                                → partly_adopted (fields named vs future)
 *  - otherwise                                   → modified (changed, but not as planned)
 * Future steps: adopted if an actual counterpart is adopted or kept; partly_adopted if one is
 * partly_adopted; not_adopted if it has none, or only actual steps unchanged or changed otherwise.
 * Current steps: still_present if they have an actual counterpart, else retired.
 *
 * A future step is "kept" by the plan when it has exactly one current counterpart, that step has
 * no other future counterpart, and they are the same in substance. Kept steps carry no planned change.
 */
import type { MapState } from '../domain/types.js';
import { MAP_STATES } from '../domain/types.js';
import { statusLabel } from './labels.js';
import type { IndexedStep, StepIndex } from './lookup.js';
import type { Match } from './substance.js';
import { bestMatch, comparable, differingFields, sameField } from './substance.js';
import { groupRenamedLanes } from './lanes.js';
import type { Correspondence, StatusResult, StepStatus, StepStatusKind, SubstanceField } from './types.js';

export function computeStatuses(
  index: StepIndex,
  correspondence: Correspondence,
  fields: readonly SubstanceField[],
): StatusResult {
  groupRenamedLanes(index, correspondence);
  const counterparts = (id: string, state: MapState): string[] =>
    correspondence.byStep[id]?.counterparts[state] ?? [];
  const keptByPlan = new Set<string>();
  for (const future of index.byState.future) {
    const [only, ...more] = counterparts(future.step.id, 'current');
    const current = only === undefined ? undefined : index.byId.get(only);
    if (!current || more.length > 0 || counterparts(current.step.id, 'future').length !== 1) continue;
    if (differingFields(future, current, fields).length === 0) keptByPlan.add(future.step.id);
  }

  const byStep: Record<string, StepStatus> = {};
  for (const actual of index.byState.actual) {
    const id = actual.step.id;
    const future = bestMatch(actual, counterparts(id, 'future'), index, fields);
    const current = bestMatch(actual, counterparts(id, 'current'), index, fields);
    byStep[id] = actualStatus(actual, future, current, keptByPlan, fields);
  }

  for (const future of index.byState.future) {
    const id = future.step.id;
    const actuals = counterparts(id, 'actual').map((a) => byStep[a]);
    const planned = !keptByPlan.has(id);
    const has = (...kinds: StepStatusKind[]) =>
      actuals.some((s) => s !== undefined && kinds.includes(s.status));
    const status = has('adopted', 'kept')
      ? 'adopted'
      : has('partly_adopted')
        ? 'partly_adopted'
        : 'not_adopted';
    const best = bestMatch(future, counterparts(id, 'actual'), index, fields);
    const credit = planned
      ? Math.max(0, ...actuals.map((s) => (s?.status === 'kept' ? 1 : (s?.credit ?? 0))))
      : null;
    byStep[id] = base(id, 'future', status, best, planned, credit);
  }

  for (const current of index.byState.current) {
    const id = current.step.id;
    const futures = counterparts(id, 'future');
    const planned = !(futures.length === 1 && keptByPlan.has(futures[0] ?? ''));
    const best = bestMatch(current, counterparts(id, 'actual'), index, fields);
    byStep[id] = base(id, 'current', best ? 'still_present' : 'retired', best, planned, null);
  }

  const order = {} as Record<MapState, string[]>;
  const counts = {} as StatusResult['counts'];
  for (const state of MAP_STATES) {
    order[state] = index.byState[state].map((entry) => entry.step.id);
    const tally: Partial<Record<StepStatusKind, number>> = {};
    for (const id of order[state]) {
      const status = byStep[id]?.status;
      if (status) tally[status] = (tally[status] ?? 0) + 1;
    }
    counts[state] = tally;
  }
  return { byStep, order, counts };
}

function actualStatus(
  actual: IndexedStep,
  future: Match | null,
  current: Match | null,
  keptByPlan: ReadonlySet<string>,
  fields: readonly SubstanceField[],
): StepStatus {
  const id = actual.step.id;
  const planned = !(future && keptByPlan.has(future.entry.step.id));
  if (!future && !current) return base(id, 'actual', 'workaround', null, true, null);
  if (future && future.differing.length === 0) {
    return planned
      ? base(id, 'actual', 'adopted', future, true, 1)
      : base(id, 'actual', 'kept', future, false, null);
  }
  if (current && current.differing.length === 0)
    return base(id, 'actual', 'unchanged', current, planned, planned ? 0 : null);
  if (future && planned) {
    const credit = partialCredit(actual, future.entry, current?.entry ?? null, fields);
    // Took none of what the future changed: changed, but not as planned (never "partly adopted").
    if (credit > 0) return base(id, 'actual', 'partly_adopted', future, true, credit);
    return base(id, 'actual', 'modified', current ?? future, true, 0);
  }
  return base(id, 'actual', 'modified', current ?? future, planned, planned ? 0 : null);
}

/**
 * Of the fields the future changed from current, the share actual took from the future.
 * Without a current counterpart (or no changed field): the share of comparable fields that match the future.
 */
function partialCredit(
  actual: IndexedStep,
  future: IndexedStep,
  current: IndexedStep | null,
  fields: readonly SubstanceField[],
): number {
  const changed = current ? differingFields(current, future, fields) : [];
  const scope = changed.length > 0 ? changed : fields.filter((f) => comparable(actual, future, f));
  if (scope.length === 0) return 0;
  const taken = scope.filter((f) => comparable(actual, future, f) && sameField(actual, future, f));
  return taken.length / scope.length;
}

function base<S extends MapState>(
  stepId: string,
  state: S,
  status: Extract<StepStatus, { state: S }>['status'],
  match: Match | null,
  plannedChange: boolean,
  credit: number | null,
): StepStatus {
  return {
    stepId,
    state,
    status,
    label: statusLabel(state, status),
    comparedWith: match ? match.entry.step.id : null,
    differingFields: match ? match.differing : [],
    plannedChange,
    credit,
    technology: null,
    technologyFields: [],
  } as StepStatus;
}
