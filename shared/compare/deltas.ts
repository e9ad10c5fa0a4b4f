/** Metric changes between states: planned (current→future), realized (current→actual), gap (future→actual). */
import type { MapState } from '../domain/types.js';
import type { MetricDelta, MetricDeltas, MetricKey, MetricsComparison, StateMetrics } from './types.js';
import { COUNT_METRICS, MEASURED_METRICS } from './types.js';

/** Above this a relative change is left out in favour of the absolute one. */
export const TINY_BASE_PERCENT = 500;

export const METRIC_KEYS: readonly MetricKey[] = [...COUNT_METRICS, ...MEASURED_METRICS];

/** The metric's value in a state, null when unknown. */
export function metricValue(metrics: StateMetrics, key: MetricKey): number | null {
  if (metrics.notRecorded?.[key] !== undefined) return null;
  const value = metrics[key];
  return typeof value === 'number' ? value : value.value;
}

export function delta(from: number | null, to: number | null): MetricDelta {
  if (from === null || to === null) return { from, to, absolute: null, percent: null };
  const absolute = to - from;
  let percent = from === 0 ? (to === 0 ? 0 : null) : (absolute / Math.abs(from)) * 100;
  // Over a tiny base a percentage misleads (+2785 %): the absolute change says it better.
  if (percent !== null && Math.abs(percent) > TINY_BASE_PERCENT) percent = null;
  return { from, to, absolute, percent };
}

export function metricDeltas(from: StateMetrics, to: StateMetrics): MetricDeltas {
  const out = {} as MetricDeltas;
  for (const key of METRIC_KEYS) out[key] = delta(metricValue(from, key), metricValue(to, key));
  return out;
}

export function compareMetrics(byState: Record<MapState, StateMetrics>): MetricsComparison {
  return {
    byState,
    deltas: {
      planned: metricDeltas(byState.current, byState.future),
      realized: metricDeltas(byState.current, byState.actual),
      gap: metricDeltas(byState.future, byState.actual),
    },
  };
}
