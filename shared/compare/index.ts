/** Three-state comparison: correspondence, statuses, metrics, verdict, suggestions and findings. */
import { MAP_STATES } from '../domain/types.js';
import type { MapState } from '../domain/types.js';
import { buildCorrespondence } from './correspondence.js';
import { compareMetrics } from './deltas.js';
import { suggestFindings } from './findings.js';
import { indexSteps } from './lookup.js';
import { stateMetrics } from './metrics.js';
import { computeStatuses } from './status.js';
import { DEFAULT_FIELDS } from './substance.js';
import { suggestCounterparts } from './suggest.js';
import type { CompareInput, ComparisonResult, StateMetrics } from './types.js';
import { DEFAULT_HOURS_PER_DAY } from './labels.js';
import { computeVerdict } from './verdict.js';

export function compareWorkshop(input: CompareInput): ComparisonResult {
  const fields = input.options?.fields ?? DEFAULT_FIELDS;
  const index = indexSteps(input.maps);
  const correspondence = buildCorrespondence(index, input.links);
  const statuses = computeStatuses(index, correspondence, fields);
  const byState = {} as Record<MapState, StateMetrics>;
  for (const state of MAP_STATES) byState[state] = stateMetrics(input.maps[state]);
  const metrics = compareMetrics(byState);
  const hoursPerDay = input.options?.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
  const verdict = computeVerdict(index, correspondence, statuses, metrics, fields, hoursPerDay);
  const suggestOptions = input.options?.suggestions;
  const suggestions =
    suggestOptions === false ? [] : suggestCounterparts(index, correspondence, suggestOptions);
  const findings = suggestFindings(index, correspondence, statuses, metrics, fields, hoursPerDay);
  return { correspondence, statuses, metrics, verdict, suggestions, findings };
}

export type * from './types.js';
export { SUBSTANCE_FIELDS, COUNT_METRICS, MEASURED_METRICS } from './types.js';
export { buildCorrespondence, isLinked } from './correspondence.js';
export { indexSteps } from './lookup.js';
export type { IndexedStep, StepIndex } from './lookup.js';
export { computeStatuses } from './status.js';
export { DEFAULT_FIELDS } from './substance.js';
export { stateMetrics, coverageText } from './metrics.js';
export { compareMetrics, metricDeltas, metricValue, METRIC_KEYS } from './deltas.js';
export { bandOf, computeVerdict, metricPositions } from './verdict.js';
export { verdictSentence } from './verdict-text.js';
export { suggestCounterparts, DEFAULT_LIMIT, DEFAULT_THRESHOLD } from './suggest.js';
export { similarityReasons, similarityScore, stepFeatures, SIMILARITY_WEIGHTS } from './similarity.js';
export { suggestFindings } from './findings.js';
export {
  statusLabel,
  formatMetric,
  formatDelta,
  DEFAULT_HOURS_PER_DAY,
  ACTUAL_STATUS_LABELS,
  FUTURE_STATUS_LABELS,
  CURRENT_STATUS_LABELS,
  FIELD_LABELS,
  METRIC_LABELS,
} from './labels.js';
