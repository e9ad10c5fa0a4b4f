/** Suggested findings from metrics where actual exceeds what the future planned. */
import type { FindingCategory, RootCause, Severity } from '../domain/types.js';
import { coverageText } from './metrics.js';
import { formatMetric, METRIC_LABELS } from './labels.js';
import type { StepIndex } from './lookup.js';
import { metricValue } from './deltas.js';
import type { FindingSuggestion, MetricKey, MetricsComparison } from './types.js';

interface Rule {
  key: MetricKey;
  category: FindingCategory;
  rootCause: RootCause;
  /** Severity from actual and future values (actual > future). */
  severity: (actual: number, future: number) => Severity;
  /** Actual steps that make up the metric. */
  steps?: (index: StepIndex) => string[];
}

const RULES: readonly Rule[] = [
  {
    key: 'approvals',
    category: 'process',
    rootCause: 'policy',
    severity: (a, f) => (a - f >= 2 ? 'high' : 'medium'),
    steps: (index) => index.byState.actual.filter((e) => e.step.kind === 'approval').map((e) => e.step.id),
  },
  {
    key: 'handoffs',
    category: 'people',
    rootCause: 'ownership',
    severity: (a, f) => (a - f >= 2 ? 'high' : 'medium'),
  },
  {
    key: 'manualSteps',
    category: 'technology',
    rootCause: 'tooling',
    severity: (a, f) => (a - f >= 3 ? 'high' : 'medium'),
    steps: (index) =>
      index.byState.actual.filter((e) => e.step.automation === 'manual').map((e) => e.step.id),
  },
  {
    key: 'leadMinutes',
    category: 'process',
    rootCause: 'other',
    severity: (a, f) => (a >= 2 * f ? 'high' : 'medium'),
  },
  { key: 'systemsTouched', category: 'technology', rootCause: 'tooling', severity: () => 'low' },
  {
    key: 'reworkLoops',
    category: 'process',
    rootCause: 'skills',
    severity: () => 'medium',
    steps: (index) => index.byState.actual.filter((e) => e.step.kind === 'rework').map((e) => e.step.id),
  },
];

export function metricFindings(
  index: StepIndex,
  metrics: MetricsComparison,
  hoursPerDay: number,
): FindingSuggestion[] {
  const out: FindingSuggestion[] = [];
  for (const rule of RULES) {
    const current = metricValue(metrics.byState.current, rule.key);
    const future = metricValue(metrics.byState.future, rule.key);
    const actual = metricValue(metrics.byState.actual, rule.key);
    if (future === null || actual === null || actual <= future) continue;
    const label = METRIC_LABELS[rule.key];
    const text = (value: number | null) => formatMetric(rule.key, value, hoursPerDay);
    const measured = metrics.byState.actual[rule.key];
    const coverage = typeof measured === 'number' ? '' : ` (actual: ${coverageText(measured.coverage)})`;
    out.push({
      key: `metric-above-future:${rule.key}`,
      title: `${label}: ${text(actual)} in actual; the future planned ${text(future)}`,
      detail:
        current === null
          ? `${label} is higher in actual than the future design.`
          : `${label} was ${text(current)} in current; actual is at ${text(actual)}, the future planned ${text(future)}.`,
      category: rule.category,
      rootCause: rule.rootCause,
      severity: rule.severity(actual, future),
      stepIds: rule.steps?.(index) ?? [],
      evidence: `${label}: current ${text(current)}, future ${text(future)}, actual ${text(actual)}${coverage}.`,
    });
  }
  return out;
}
