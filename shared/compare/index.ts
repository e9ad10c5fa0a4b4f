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
import type { AutomaticMatch, CompareInput, ComparisonResult, MatchLink, StateMetrics } from './types.js';
import { automaticMatches } from './automatic.js';
import { reviewState } from './review.js';
import { DEFAULT_HOURS_PER_DAY } from './labels.js';
import { computeVerdict } from './verdict.js';

export function compareWorkshop(input: CompareInput): ComparisonResult {
  const fields = input.options?.fields ?? DEFAULT_FIELDS;
  const index = indexSteps(input.maps);
  const settings = input.options?.automatic;
  const automatic = settings === false ? [] : automaticMatches(index, input.links, settings);
  const correspondence = buildCorrespondence(index, [...input.links, ...automatic.map(automaticLink)]);
  const byPair = new Map(automatic.map((m) => [`${m.fromStepId}\u0000${m.toStepId}`, m]));
  for (const link of correspondence.links) {
    const found = byPair.get(`${link.fromStepId}\u0000${link.toStepId}`);
    if (found && link.sources.length === 1) {
      link.confidence = found.confidence;
      link.reasons = found.reasons;
    }
  }
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
  const review = reviewState(index, correspondence, automatic, suggestions);
  return { correspondence, statuses, metrics, verdict, suggestions, findings, automatic, review };
}

function automaticLink(m: AutomaticMatch): MatchLink {
  return {
    id: `automatic:${m.fromStepId}:${m.toStepId}`,
    fromStepId: m.fromStepId,
    toStepId: m.toStepId,
    source: 'automatic',
  };
}

export type * from './types.js';
export { SUBSTANCE_FIELDS, COUNT_METRICS, MEASURED_METRICS } from './types.js';
export { buildCorrespondence, isLinked } from './correspondence.js';
export { indexSteps } from './lookup.js';
export type { IndexedStep, StepIndex } from './lookup.js';
export { computeStatuses } from './status.js';
export { DEFAULT_FIELDS } from './substance.js';
export { stateMetrics, coverageText } from './metrics.js';
export {
  compareMetrics,
  delta,
  metricDeltas,
  metricValue,
  METRIC_KEYS,
  TINY_BASE_PERCENT,
} from './deltas.js';
export { bandOf, computeVerdict, metricPositions } from './verdict.js';
export { verdictSentence } from './verdict-text.js';
export { automaticMatches, rejectedPairs, AUTOMATIC_THRESHOLD } from './automatic.js';
export { matchScore, pairFeatures } from './match-score.js';
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
