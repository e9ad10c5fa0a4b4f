/** Result types of the verdict, suggestions and findings, and the comparison's input and output. */
import type {
  Environment,
  FindingCategory,
  MapState,
  ProcessMap,
  RootCause,
  Severity,
  StepLink,
} from '../domain/types.js';
import type { Correspondence, MetricKey, MetricsComparison, StatusResult, SubstanceField } from './types.js';

/** One part of the "change realized" figure: a mean over `counted` items. */
export interface VerdictPart {
  value: number;
  counted: number;
}

export type VerdictBand = 'unchanged' | 'low' | 'partial' | 'high' | 'complete';

export interface VerdictEvidence {
  /** Actual steps unchanged from current (or changed off-plan) where the future planned a change. */
  unchangedSteps: string[];
  /** Future steps (with a planned change) that actual did not adopt. */
  futureNotAdopted: string[];
  /** Actual steps with no counterpart in current or future. */
  workarounds: string[];
  /** Metrics the future changed but actual did not move towards. */
  metricsNotMoved: MetricKey[];
  /** The evidence above as plain-language lines. */
  lines: string[];
}

/**
 * Gap closure of one measure: (actual − current) ÷ (future − current). 0 = nothing moved, 1 = the
 * future reached; below 0 regression, above 1 overshoot (named, not clamped). Only measures known in
 * all three states whose value the future changes.
 */
export interface MeasureClosure {
  key: MetricKey;
  current: number;
  future: number;
  actual: number;
  closure: number;
  note: 'regression' | 'overshoot' | null;
}

/** The technology side: tools, environment and automation of actual steps against current and future. */
export interface TechnologyVerdict {
  /** Share of the planned technology change realized, 0..1; null when the future plans none. */
  realized: number | null;
  percent: number | null;
  /** Actual steps with a planned technology change (the steps `realized` is the mean over). */
  counted: number;
  /** Actual steps whose tools, environment or automation differ from their current counterpart. */
  changedSteps: number;
  /** Actual steps with a current counterpart: the steps whose technology could be compared. */
  comparedSteps: number;
  /** The most common environment move among actual steps, e.g. physical → virtual in 9 steps. */
  environment: { from: Environment; to: Environment; steps: number } | null;
}

/**
 * The verdict: two figures, kept apart. `realized` is the PROCESS change realized (what is done,
 * who does it, kind, approvals, handoffs, waits); `technology.realized` the technology change.
 * Simple shape for any view (Compare, report, presenter, CLI JSON).
 */
export interface Verdict {
  /** Process: 0 = actual is the current process, 1 = actual is the future process; null = no verdict. */
  realized: number | null;
  /** `realized` as a rounded percentage. */
  percent: number | null;
  /** Why `realized` is null: all maps empty, a state not mapped, no planned change, or no data. */
  reason: 'empty' | 'missing_state' | 'no_planned_change' | 'no_data' | null;
  /** States with no step (a verdict needs all three). */
  missing: MapState[];
  band: VerdictBand | null;
  parts: { actualSteps: VerdictPart | null; futureSteps: VerdictPart | null; metrics: VerdictPart | null };
  /** Gap closure per process measure the future changes. */
  measures: MeasureClosure[];
  technology: TechnologyVerdict;
  /** Whether tools, environment or automation of some actual step differ from its current counterpart. */
  technologyChanged: boolean;
  /** One or two sentences built from both figures. */
  sentence: string;
  evidence: VerdictEvidence;
}

export interface SuggestedCounterpart {
  stepId: string;
  /** 0..1 */
  score: number;
  reasons: string[];
}

export interface Suggestion {
  stepId: string;
  state: MapState;
  targetState: MapState;
  candidates: SuggestedCounterpart[];
}

export interface FindingSuggestion {
  /** Stable across runs for the same data, so a UI can tell accepted suggestions from new ones. */
  key: string;
  title: string;
  detail: string;
  category: FindingCategory;
  rootCause: RootCause;
  severity: Severity;
  stepIds: string[];
  evidence: string;
}

export interface SuggestOptions {
  /** Minimum score, 0..1 (default 0.35). */
  threshold?: number;
  /** Suggestions kept per step and target state (default 3). */
  limit?: number;
}

/** A correspondence the engine found between two steps with no lineage or manual link. */
export interface AutomaticMatch {
  /** Step in the earlier state. */
  fromStepId: string;
  toStepId: string;
  /** 0..1; at least the automatic threshold (default 0.6). */
  confidence: number;
  /** Plain-language reasons ("same title", "same lane: Finance", "moved in the flow", "split"). */
  reasons: string[];
}

/** What the facilitator still has to review before the comparison reaches a client. */
export interface ReviewState {
  /** Automatic matches counted in this comparison (accepting one turns it into a manual link). */
  automatic: number;
  /** Steps with no counterpart in any other state, per state, in flow order. */
  unmatched: Record<MapState, string[]>;
  /** Unmatched steps for which a possible counterpart is still suggested. */
  undecided: number;
  /** No automatic match and no undecided step: every counted correspondence was confirmed. */
  reviewed: boolean;
}

export interface AutomaticSettings {
  /** Minimum confidence of an automatic match, 0..1 (default 0.6). */
  threshold?: number;
  /** Step id pairs the facilitator rejected (either order): never matched automatically. */
  rejected?: readonly (readonly [string, string])[];
}

export interface CompareOptions {
  /** Automatic correspondence settings, or false to rely on lineage and manual links only. */
  automatic?: AutomaticSettings | false;
  /** Fields that make two steps "the same in substance". Default: lane, kind, tools, environment. */
  fields?: readonly SubstanceField[];
  /** Suggestion settings, or false to skip suggestions. */
  suggestions?: SuggestOptions | false;
  /** Length of a working day, for times written in days ("2 d 3 h"). Default 8. */
  hoursPerDay?: number;
}

export interface CompareInput {
  maps: Record<MapState, ProcessMap>;
  links: readonly StepLink[];
  options?: CompareOptions;
}

export interface ComparisonResult {
  correspondence: Correspondence;
  statuses: StatusResult;
  metrics: MetricsComparison;
  verdict: Verdict;
  suggestions: Suggestion[];
  findings: FindingSuggestion[];
  /** Automatic matches counted in this comparison (also in `correspondence.links`, source 'automatic'). */
  automatic: AutomaticMatch[];
  review: ReviewState;
}
