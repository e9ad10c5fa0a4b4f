import { formatDuration } from '../domain/duration.js';
/** Plain-language labels for the UI and the report. */
import type { MapState } from '../domain/types.js';
import type {
  ActualStatus,
  CurrentStatus,
  FutureStatus,
  MetricKey,
  StepStatusKind,
  SubstanceField,
} from './types.js';

export const ACTUAL_STATUS_LABELS: Record<ActualStatus, string> = {
  unchanged: 'Unchanged from current',
  adopted: 'Adopted from future',
  partly_adopted: 'Partly adopted from future',
  kept: 'Kept as planned (same in current and future)',
  modified: 'Changed, but not as the future planned',
  workaround: 'Workaround (in neither current nor future)',
};

export const FUTURE_STATUS_LABELS: Record<FutureStatus, string> = {
  adopted: 'Adopted in actual',
  partly_adopted: 'Partly adopted in actual',
  not_adopted: 'Not adopted in actual',
};

export const CURRENT_STATUS_LABELS: Record<CurrentStatus, string> = {
  still_present: 'Still present in actual',
  retired: 'Retired in actual',
};

const BY_STATE: Record<MapState, Partial<Record<StepStatusKind, string>>> = {
  actual: ACTUAL_STATUS_LABELS,
  future: FUTURE_STATUS_LABELS,
  current: CURRENT_STATUS_LABELS,
};

/** The label of a status in a state; the status itself if the pair does not exist. */
export function statusLabel(state: MapState, status: StepStatusKind): string {
  return BY_STATE[state][status] ?? status;
}

export const FIELD_LABELS: Record<SubstanceField, string> = {
  title: 'title',
  lane: 'lane',
  kind: 'kind',
  tools: 'tools',
  environment: 'environment',
  automation: 'automation',
};

export const METRIC_LABELS: Record<MetricKey, string> = {
  steps: 'Steps',
  lanes: 'Lanes',
  handoffs: 'Handoffs',
  approvals: 'Approvals',
  decisions: 'Decisions',
  manualSteps: 'Manual steps',
  systemsTouched: 'Systems touched',
  waitSteps: 'Wait steps',
  reworkLoops: 'Rework loops',
  processMinutes: 'Process time',
  leadMinutes: 'Lead time',
  activityRatio: 'Activity ratio',
  processCycleEfficiency: 'Process cycle efficiency',
  rolledCompleteAccurate: 'Rolled %C&A',
};

const RATIO_METRICS: ReadonlySet<MetricKey> = new Set([
  'activityRatio',
  'processCycleEfficiency',
  'rolledCompleteAccurate',
]);

/** A metric value for text: ratios as percentages, minutes rounded, "unknown" for null. */
export const DEFAULT_HOURS_PER_DAY = 8;

const TIME_METRICS: ReadonlySet<MetricKey> = new Set(['processMinutes', 'leadMinutes']);

/** A measure as people read it: times as durations ("2 d 3 h"), ratios in %, counts as numbers. */
export function formatMetric(
  key: MetricKey,
  value: number | null,
  hoursPerDay = DEFAULT_HOURS_PER_DAY,
): string {
  if (value === null) return 'unknown';
  if (RATIO_METRICS.has(key)) return `${formatNumber(value * 100, 1)} %`;
  if (TIME_METRICS.has(key)) return formatDuration(Math.round(value), hoursPerDay);
  return formatNumber(value, 2);
}

const signed = (n: number, digits = 0): string => {
  const r = Math.round(n * 10 ** digits) / 10 ** digits;
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '0';
};

/** A change between two states: ratios in percentage points, times as durations, with the % change. */
export function formatDelta(
  key: MetricKey,
  delta: { absolute: number | null; percent: number | null },
  hoursPerDay = DEFAULT_HOURS_PER_DAY,
): string {
  if (delta.absolute === null) return 'unknown';
  if (RATIO_METRICS.has(key)) return `${signed(delta.absolute * 100, 1)} pts`;
  const abs = TIME_METRICS.has(key)
    ? delta.absolute === 0
      ? '0'
      : `${delta.absolute > 0 ? '+' : '−'}${formatDuration(Math.round(Math.abs(delta.absolute)), hoursPerDay)}`
    : signed(delta.absolute, 2);
  return delta.percent === null || delta.absolute === 0 ? abs : `${abs} (${signed(delta.percent)} %)`;
}

function formatNumber(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor);
}
