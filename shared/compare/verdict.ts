/**
 * "Change realized": where actual sits between current (0) and future (1).
 *
 *   A = mean credit of actual steps that carry a planned change: adopted 1, unchanged 0,
 *       modified 0, partly_adopted = share of the fields the future changed that actual took
 *       from the future. Workarounds and steps the future kept as they were do not count.
 *   F = mean credit of future steps that carry a planned change: the best credit among their
 *       actual counterparts (kept counts 1), 0 when they have none.
 *   M = mean over process measures known in all three states with current ≠ future of their gap
 *       closure (actual − current) ÷ (future − current), held to 0..1 in the mean; regression
 *       (< 0) and overshoot (> 1) are named per measure in `measures`.
 *   realized = mean of whichever of A, F, M exist. Statuses compare the process fields (title,
 *   lane, kind); tools, environment and automation form the separate technology figure.
 * Null (never NaN) when a state has no step, when the future plans no change (no step carries a
 * planned change and no metric differs), or when none of A, F, M exists.
 */
import { MAP_STATES, type MapState } from '../domain/types.js';
import type { StepIndex } from './lookup.js';
import { bestMatch, sameField } from './substance.js';
import { METRIC_KEYS, metricValue } from './deltas.js';
import { technologyComparison } from './technology.js';
import { verdictEvidence, verdictSentence } from './verdict-text.js';
import type {
  Correspondence,
  MeasureClosure,
  MetricKey,
  MetricsComparison,
  StatusResult,
  SubstanceField,
  Verdict,
  VerdictBand,
  VerdictPart,
} from './types.js';

export interface MetricPosition {
  key: MetricKey;
  /** 0 = at current (or moved away from future), 1 = at future or beyond. */
  position: number;
}

export function computeVerdict(
  index: StepIndex,
  correspondence: Correspondence,
  statuses: StatusResult,
  metrics: MetricsComparison,
  fields: readonly SubstanceField[],
  hoursPerDay: number,
): Verdict {
  const measures = measureClosures(metrics);
  const positions = measures.map((m) => ({ key: m.key, position: clamp01(m.closure) }));
  const parts = {
    actualSteps: meanCredit(statuses, 'actual'),
    futureSteps: meanCredit(statuses, 'future'),
    metrics: mean(positions.map((p) => p.position)),
  };
  const technology = technologyComparison(index, correspondence, statuses);
  const technologyChanged = technology.changedSteps > 0 || hasTechnologyChange(index, correspondence, fields);
  const evidence = verdictEvidence(index, statuses, metrics, positions, hoursPerDay);
  const missing = MAP_STATES.filter((state) => index.byState[state].length === 0);
  const planned =
    metricsChange(metrics) ||
    statuses.order.current.some((id) => statuses.byStep[id]?.plannedChange) ||
    statuses.order.future.some((id) => statuses.byStep[id]?.plannedChange);
  const available = [parts.actualSteps, parts.futureSteps, parts.metrics].filter((p) => p !== null);
  const reason =
    missing.length === MAP_STATES.length
      ? 'empty'
      : missing.length > 0
        ? 'missing_state'
        : !planned
          ? 'no_planned_change'
          : available.length === 0
            ? 'no_data'
            : null;
  const realized = reason === null ? available.reduce((sum, p) => sum + p.value, 0) / available.length : null;
  const percent = realized === null ? null : Math.round(realized * 100);
  const band = percent === null ? null : bandOf(percent);
  if (reason === 'missing_state' || reason === 'empty') {
    technology.realized = null;
    technology.percent = null;
  }
  const sentence = verdictSentence({ reason, band, percent, technologyChanged, missing, technology });
  return {
    realized,
    percent,
    reason,
    missing,
    band,
    parts,
    measures,
    technology,
    technologyChanged,
    sentence,
    evidence,
  };
}

export function bandOf(percent: number): VerdictBand {
  if (percent <= 0) return 'unchanged';
  if (percent < 25) return 'low';
  if (percent <= 75) return 'partial';
  if (percent < 100) return 'high';
  return 'complete';
}

/** Measures of the technology, left out of the process figure (they have their own). */
export const TECHNOLOGY_METRICS: readonly MetricKey[] = ['manualSteps', 'systemsTouched'];

/** Gap closure of every process measure known in all three states that the future changes. */
export function measureClosures(metrics: MetricsComparison): MeasureClosure[] {
  const out: MeasureClosure[] = [];
  for (const key of METRIC_KEYS) {
    if (TECHNOLOGY_METRICS.includes(key)) continue;
    const current = metricValue(metrics.byState.current, key);
    const future = metricValue(metrics.byState.future, key);
    const actual = metricValue(metrics.byState.actual, key);
    if (current === null || future === null || actual === null || current === future) continue;
    const closure = (actual - current) / (future - current);
    const note = closure < 0 ? 'regression' : closure > 1 ? 'overshoot' : null;
    out.push({ key, current, future, actual, closure, note });
  }
  return out;
}

/** Position of actual between current and future (0..1) for every process measure the future changes. */
export function metricPositions(metrics: MetricsComparison): MetricPosition[] {
  return measureClosures(metrics).map((m) => ({ key: m.key, position: clamp01(m.closure) }));
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Whether some metric known in current and future differs between them. */
function metricsChange(metrics: MetricsComparison): boolean {
  return METRIC_KEYS.some((key) => {
    const current = metricValue(metrics.byState.current, key);
    const future = metricValue(metrics.byState.future, key);
    return current !== null && future !== null && current !== future;
  });
}

function meanCredit(statuses: StatusResult, state: MapState): VerdictPart | null {
  const credits: number[] = [];
  for (const id of statuses.order[state]) {
    const credit = statuses.byStep[id]?.credit;
    if (credit !== null && credit !== undefined) credits.push(credit);
  }
  return mean(credits);
}

function mean(values: readonly number[]): VerdictPart | null {
  if (values.length === 0) return null;
  return { value: values.reduce((sum, v) => sum + v, 0) / values.length, counted: values.length };
}

/** Whether some actual step uses other tools or another environment than its current counterpart. */
function hasTechnologyChange(
  index: StepIndex,
  correspondence: Correspondence,
  fields: readonly SubstanceField[],
): boolean {
  return index.byState.actual.some((actual) => {
    const ids = correspondence.byStep[actual.step.id]?.counterparts.current ?? [];
    const match = bestMatch(actual, ids, index, fields);
    if (!match) return false;
    return !sameField(actual, match.entry, 'tools') || !sameField(actual, match.entry, 'environment');
  });
}
