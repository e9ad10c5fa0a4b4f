/** The verdict in plain language: one sentence by band, and the evidence behind it. */
import { formatMetric, METRIC_LABELS } from './labels.js';
import type { StepIndex } from './lookup.js';
import { metricValue } from './deltas.js';
import type { MapState } from '../domain/types.js';
import type {
  MetricKey,
  TechnologyVerdict,
  MetricsComparison,
  StatusResult,
  Verdict,
  VerdictBand,
  VerdictEvidence,
} from './types.js';

export interface SentenceInput {
  reason: Verdict['reason'];
  band: VerdictBand | null;
  percent: number | null;
  technologyChanged: boolean;
  missing?: readonly MapState[];
  technology?: TechnologyVerdict;
}

/** The verdict in words, from both figures: the technology first when it moved, then the process. */
export function verdictSentence(input: SentenceInput): string {
  const { reason, band, percent, technologyChanged, missing = [], technology } = input;
  if (reason === 'empty') return 'There is nothing to compare yet: all three maps are empty.';
  if (reason === 'missing_state') {
    const names = missing.map((state) => `${state}`).join(' and ');
    return `There is no verdict yet: the ${names} ${missing.length === 1 ? 'map has' : 'maps have'} no steps. Map the current, future and actual states to compare them.`;
  }
  const tech = technologySentence(technology, technologyChanged);
  if (reason === 'no_planned_change') {
    return joined(
      tech,
      'The future state plans no change to the process, so there is no process change to measure.',
    );
  }
  if (band === null || percent === null) {
    return joined(
      tech,
      'There is not enough linked or measured data to say how far the actual process has moved.',
    );
  }
  if (tech && (band === 'unchanged' || band === 'low')) {
    return `${tech} The process did not: ${percent} % of the planned change happened.`;
  }
  switch (band) {
    case 'unchanged':
      return 'The actual process is unchanged from the current one: none of the planned change has happened.';
    case 'low':
      return `The actual process is still ${100 - percent} % the current one: little of the planned change has happened.`;
    case 'partial':
      return joined(
        tech,
        `The actual process has partly changed: it is ${percent} % of the way from the current process to the future one.`,
      );
    case 'high':
      return joined(
        tech,
        `The actual process is largely the future process: ${percent} % of the planned change is realized.`,
      );
    case 'complete':
      return joined(tech, 'The actual process is the future process: the planned change is fully realized.');
  }
}

function joined(first: string, second: string): string {
  return first ? `${first} ${second}` : second;
}

/** "The technology changed: 9 of 9 steps now run virtual." or "…in 3 of 8 steps." */
export function technologySentence(technology: TechnologyVerdict | undefined, changed: boolean): string {
  if (!technology || !changed || technology.changedSteps === 0) return '';
  const { changedSteps, comparedSteps, environment } = technology;
  const of = `${comparedSteps} ${comparedSteps === 1 ? 'step' : 'steps'}`;
  if (environment && environment.steps >= changedSteps / 2) {
    return `The technology changed: ${environment.steps} of ${of} now run ${environment.to}.`;
  }
  return `The technology changed in ${changedSteps} of ${of}.`;
}

export function verdictEvidence(
  index: StepIndex,
  statuses: StatusResult,
  metrics: MetricsComparison,
  positions: readonly { key: MetricKey; position: number }[],
  hoursPerDay: number,
): VerdictEvidence {
  const title = (id: string): string => index.byId.get(id)?.step.title ?? id;
  const lines: string[] = [];
  const unchangedSteps: string[] = [];
  const workarounds: string[] = [];
  for (const id of statuses.order.actual) {
    const status = statuses.byStep[id];
    if (status?.status === 'workaround') {
      workarounds.push(id);
      continue;
    }
    if (!status?.plannedChange || (status.status !== 'unchanged' && status.status !== 'modified')) continue;
    unchangedSteps.push(id);
    lines.push(
      status.status === 'unchanged'
        ? `"${title(id)}" is unchanged from the current state.`
        : `"${title(id)}" changed, but not as the future state planned.`,
    );
  }
  const futureNotAdopted = statuses.order.future.filter((id) => {
    const status = statuses.byStep[id];
    return status?.plannedChange === true && status.status === 'not_adopted';
  });
  for (const id of futureNotAdopted) lines.push(`"${title(id)}" from the future state was not adopted.`);
  for (const id of workarounds)
    lines.push(`"${title(id)}" is a workaround: it is in neither current nor future.`);

  const metricsNotMoved = positions.filter((p) => p.position === 0).map((p) => p.key);
  for (const key of metricsNotMoved) {
    const [current, future, actual] = (['current', 'future', 'actual'] as const).map((state) =>
      formatMetric(key, metricValue(metrics.byState[state], key), hoursPerDay),
    );
    lines.push(`${METRIC_LABELS[key]}: ${current} in current, ${actual} in actual (future: ${future}).`);
  }
  return { unchangedSteps, futureNotAdopted, workarounds, metricsNotMoved, lines };
}
