/** Domain vocabulary shared by the main process, the renderer, the CLI and the report. */

export const MAP_STATES = ['current', 'future', 'actual'] as const;
export type MapState = (typeof MAP_STATES)[number];

export const STEP_KINDS = ['task', 'decision', 'approval', 'handoff', 'wait', 'rework'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const ENVIRONMENTS = ['physical', 'virtual', 'either'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const VALUE_CLASSES = ['VA', 'NNVA', 'waste'] as const;
export type ValueClass = (typeof VALUE_CLASSES)[number];

export const AUTOMATION = ['manual', 'automated'] as const;
export type Automation = (typeof AUTOMATION)[number];

/** The facilitator's word on where the work stands. Archiving is separate (`archived` in the library). */
export const WORKSHOP_STATUSES = ['draft', 'in_progress', 'completed'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export const LANE_KINDS = ['actor', 'role', 'team'] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const FINDING_CATEGORIES = ['people', 'process', 'technology'] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export const ROOT_CAUSES = ['skills', 'policy', 'tooling', 'incentives', 'ownership', 'other'] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const LINK_SOURCES = ['lineage', 'manual'] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

export interface Engagement {
  id: string;
  client: string;
  name: string;
  status: 'active' | 'archived';
  createdAt: string;
  updatedAt: string;
}

export interface Workshop {
  id: string;
  engagementId: string;
  title: string;
  date: string | null;
  location: string;
  facilitator: string;
  objectives: string;
  status: WorkshopStatus;
  hoursPerDay: number;
  /** Free tags for finding the workshop again (filled when read from the store). */
  tags?: string[];
  createdAt: string;
  updatedAt: string;
}

/** A row of the library: a workshop with its client. */
export interface WorkshopSummary {
  id: string;
  title: string;
  client: string;
  engagementId: string;
  date: string | null;
  status: WorkshopStatus;
  /** Put away in the library's Archived view; the status is kept as it was. */
  archived: boolean;
  updatedAt: string;
}

export interface Attendee {
  id: string;
  workshopId: string;
  name: string;
  role: string;
  organisation: string;
  position: number;
}

export interface Lane {
  id: string;
  mapId: string;
  name: string;
  kind: LaneKind;
  position: number;
}

export interface Step {
  id: string;
  mapId: string;
  laneId: string | null;
  position: number;
  title: string;
  description: string;
  kind: StepKind;
  tools: string[];
  environment: Environment | null;
  /** Minutes; null when nobody timed the step. */
  processMinutes: number | null;
  waitMinutes: number | null;
  /** Percent complete and accurate, 0–100. */
  pctCompleteAccurate: number | null;
  automation: Automation | null;
  valueClass: ValueClass | null;
  notes: string;
  originStepId: string | null;
}

/** A correspondence between steps of two states (`from` is the earlier state's step). */
export interface StepLink {
  id: string;
  fromStepId: string;
  toStepId: string;
  source: LinkSource;
}

/** One state's map with its lanes and steps (steps in flow order). */
export interface ProcessMap {
  id: string;
  state: MapState;
  lanes: Lane[];
  steps: Step[];
}
