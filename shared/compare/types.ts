/** Result types of the three-state comparison. Plain objects only, so they cross IPC and JSON. */
import type { LinkSource, MapState } from '../domain/types.js';

/** Step fields that decide whether two corresponding steps are "the same in substance". */
export const SUBSTANCE_FIELDS = ['title', 'lane', 'kind', 'tools', 'environment', 'automation'] as const;
export type SubstanceField = (typeof SUBSTANCE_FIELDS)[number];

export type Counterparts = Record<MapState, string[]>;

export interface StepCorrespondence {
  stepId: string;
  state: MapState;
  /** Corresponding steps per state, in flow order; the step's own state is always empty. */
  counterparts: Counterparts;
  /** States whose counterparts were derived through the third state (no direct link). */
  derived: MapState[];
  /** More than one counterpart in a later state. */
  split: boolean;
  /** More than one counterpart in an earlier state. */
  merged: boolean;
}

/** Where a correspondence comes from: a stored link ('lineage', 'manual') or the engine ('automatic'). */
export type MatchSource = LinkSource | 'automatic';

/** A link as the comparison reads it: stored links and automatic matches alike. */
export interface MatchLink {
  id: string;
  fromStepId: string;
  toStepId: string;
  source: MatchSource;
}

export interface EffectiveLink {
  /** Step in the earlier state. */
  fromStepId: string;
  toStepId: string;
  sources: MatchSource[];
  /** Confidence 0..1 when the link is automatic only; null for lineage and manual links. */
  confidence: number | null;
  /** Why an automatic link was made; empty for lineage and manual links. */
  reasons: string[];
}

export interface IgnoredLink {
  /** The StepLink id, or `lineage:<stepId>` for an `originStepId`. */
  linkId: string;
  fromStepId: string;
  toStepId: string;
  reason: 'missing_step' | 'same_state';
}

export interface Correspondence {
  byStep: Record<string, StepCorrespondence>;
  /** Deduplicated links, oriented earlier → later state. */
  links: EffectiveLink[];
  ignored: IgnoredLink[];
}

export type ActualStatus = 'unchanged' | 'adopted' | 'partly_adopted' | 'kept' | 'modified' | 'workaround';
export type FutureStatus = 'adopted' | 'partly_adopted' | 'not_adopted';
export type CurrentStatus = 'still_present' | 'retired';
export type StepStatusKind = ActualStatus | FutureStatus | CurrentStatus;

/**
 * The technology side of a step (tools, environment, automation), apart from its process status:
 * unchanged from current; adopted, partly adopted or not adopted where the future planned another
 * technology; changed where it moved without such a plan.
 */
export type TechnologyStatus = 'unchanged' | 'adopted' | 'partly_adopted' | 'not_adopted' | 'changed';

interface StatusBase {
  stepId: string;
  label: string;
  /** The counterpart this step was compared with (best match), if any. */
  comparedWith: string | null;
  /** Compared fields that differ from `comparedWith`. */
  differingFields: SubstanceField[];
  /** False when the future design keeps this step as it was in current: nothing to realize. */
  plannedChange: boolean;
  /** Share of the planned (process) change this step realized, 0..1; null when it does not count. */
  credit: number | null;
  /** Technology status; null when there is no counterpart to compare it with (current steps: null). */
  technology: TechnologyStatus | null;
  /** Technology fields that differ from the current counterpart. */
  technologyFields: SubstanceField[];
}

export type StepStatus =
  | (StatusBase & { state: 'actual'; status: ActualStatus })
  | (StatusBase & { state: 'future'; status: FutureStatus })
  | (StatusBase & { state: 'current'; status: CurrentStatus });

export interface StatusResult {
  byStep: Record<string, StepStatus>;
  /** Step ids per state in flow order. */
  order: Record<MapState, string[]>;
  counts: Record<MapState, Partial<Record<StepStatusKind, number>>>;
}

export const COUNT_METRICS = [
  'steps',
  'lanes',
  'handoffs',
  'approvals',
  'decisions',
  'manualSteps',
  'systemsTouched',
  'waitSteps',
  'reworkLoops',
] as const;
export const MEASURED_METRICS = [
  'processMinutes',
  'leadMinutes',
  'activityRatio',
  'processCycleEfficiency',
  'rolledCompleteAccurate',
] as const;
export type CountMetric = (typeof COUNT_METRICS)[number];
export type MeasuredMetric = (typeof MEASURED_METRICS)[number];
export type MetricKey = CountMetric | MeasuredMetric;

/** How many of the state's steps carry the data a measured metric needs. */
export interface Coverage {
  timed: number;
  of: number;
}

export interface Measured {
  /** Null when no step carries the data (never NaN, never a fake zero). */
  value: number | null;
  coverage: Coverage;
}

export type StateMetrics = Record<CountMetric, number> &
  Record<MeasuredMetric, Measured> & {
    /** Measures no step records, with the missing field ("automation", "tools", "value class"):
     *  read as unknown, never as 0. */
    notRecorded: Partial<Record<MetricKey, string>>;
  };

export interface MetricDelta {
  from: number | null;
  to: number | null;
  /** to − from; null when either side is unknown. */
  absolute: number | null;
  /** Change in percent of `from`; null when unknown or `from` is 0. */
  percent: number | null;
}

export type MetricDeltas = Record<MetricKey, MetricDelta>;

export interface MetricsComparison {
  byState: Record<MapState, StateMetrics>;
  deltas: {
    /** current → future */
    planned: MetricDeltas;
    /** current → actual */
    realized: MetricDeltas;
    /** future → actual */
    gap: MetricDeltas;
  };
}

export type * from './types-result.js';
