import { METRIC_LABELS, metricValue } from '../compare/index.js';
import type { MetricDelta, MetricKey, MetricsComparison } from '../compare/index.js';
import { formatMinutes, formatPercent, listText } from './format.js';
import type { MeasureRow } from './model.js';

const TIME: ReadonlySet<MetricKey> = new Set(['processMinutes', 'leadMinutes']);
const RATIO: ReadonlySet<MetricKey> = new Set([
  'activityRatio',
  'processCycleEfficiency',
  'rolledCompleteAccurate',
]);

/** The measures the report prints, in the order a reader expects them. */
export const REPORT_METRICS: readonly MetricKey[] = [
  'leadMinutes',
  'processMinutes',
  'steps',
  'handoffs',
  'approvals',
  'decisions',
  'manualSteps',
  'systemsTouched',
  'waitSteps',
  'reworkLoops',
  'activityRatio',
  'processCycleEfficiency',
  'rolledCompleteAccurate',
];

export function metricLabel(key: MetricKey): string {
  if (key === 'leadMinutes') return 'Lead time';
  if (key === 'processMinutes') return 'Process time';
  return METRIC_LABELS[key];
}

/** A value for print; "not timed" rather than a fake zero. */
export function metricText(key: MetricKey, value: number | null, hoursPerDay: number): string {
  if (value === null) return TIME.has(key) ? 'not timed' : 'unknown';
  if (TIME.has(key)) return formatMinutes(value, hoursPerDay);
  if (RATIO.has(key)) return formatPercent(value);
  return String(Math.round(value * 100) / 100);
}

/** A change for print: "−34 d (−94 %)", "+2", "no change". */
export function deltaText(key: MetricKey, delta: MetricDelta, hoursPerDay: number): string {
  if (delta.absolute === null) return '';
  if (delta.absolute === 0) return 'no change';
  const sign = delta.absolute > 0 ? '+' : '−';
  const size = Math.abs(delta.absolute);
  const amount = RATIO.has(key)
    ? `${Math.round(size * 1000) / 10} pts`
    : TIME.has(key)
      ? formatMinutes(size, hoursPerDay)
      : String(Math.round(size * 100) / 100);
  const pct =
    delta.percent !== null && !RATIO.has(key) ? ` (${sign}${Math.round(Math.abs(delta.percent))} %)` : '';
  return `${sign}${amount}${pct}`;
}

export function measureRow(key: MetricKey, metrics: MetricsComparison, hoursPerDay: number): MeasureRow {
  const value = (state: 'current' | 'future' | 'actual') =>
    metricText(key, metricValue(metrics.byState[state], key), hoursPerDay);
  return {
    label: metricLabel(key),
    current: value('current'),
    future: value('future'),
    actual: value('actual'),
    planned: deltaText(key, metrics.deltas.planned[key], hoursPerDay),
    realized: deltaText(key, metrics.deltas.realized[key], hoursPerDay),
  };
}

/** Measures the future design set out to change, lead time first: what a summary should mention. */
export function keyMetrics(metrics: MetricsComparison, limit = 4): MetricKey[] {
  return REPORT_METRICS.filter((key) => {
    const planned = metrics.deltas.planned[key];
    return planned.absolute !== null && planned.absolute !== 0;
  }).slice(0, limit);
}

/**
 * The measures no state records (every value unknown): a row of "unknown" says nothing, so they are
 * named once below the table instead, with the field the steps lack where the comparison says.
 */
export function unrecordedMeasures(metrics: MetricsComparison): { keys: MetricKey[]; note: string | null } {
  const states = [metrics.byState.current, metrics.byState.future, metrics.byState.actual];
  const keys = REPORT_METRICS.filter((k) => states.every((m) => metricValue(m, k) === null));
  const text = (k: MetricKey) => {
    const field = states.map((m) => m.notRecorded?.[k]).find(Boolean);
    return `${metricLabel(k)}${field ? ` (no step has a ${field})` : ''}`;
  };
  return {
    keys,
    note: keys.length ? `Not recorded in any state, so not shown: ${listText(keys.map(text))}.` : null,
  };
}
