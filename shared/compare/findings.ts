/** Suggested findings from the comparison, most severe first (otherwise in flow order). */
import type { Severity } from '../domain/types.js';
import { mergeNearDuplicates } from './findings-merge.js';
import { metricFindings } from './findings-metrics.js';
import { stepFindings } from './findings-steps.js';
import type { StepIndex } from './lookup.js';
import type {
  Correspondence,
  FindingSuggestion,
  MetricsComparison,
  StatusResult,
  SubstanceField,
} from './types.js';

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function suggestFindings(
  index: StepIndex,
  correspondence: Correspondence,
  statuses: StatusResult,
  metrics: MetricsComparison,
  fields: readonly SubstanceField[],
  hoursPerDay: number,
): FindingSuggestion[] {
  const all = [
    ...stepFindings(index, correspondence, statuses, fields),
    ...metricFindings(index, metrics, hoursPerDay),
  ];
  const seen = new Set<string>();
  const unique = all.filter((finding) => !seen.has(finding.key) && seen.add(finding.key));
  const sorted = unique
    .map((finding, position) => ({ finding, position }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.position - b.position,
    )
    .map(({ finding }) => finding);
  return mergeNearDuplicates(sorted);
}
