import type { ActionStatus, FindingCategory, RootCause, Severity } from './types.js';

/** What the room produces besides the maps. */

export interface PainPoint {
  id: string;
  stepId: string;
  text: string;
  position: number;
}

export interface Finding {
  id: string;
  title: string;
  detail: string;
  category: FindingCategory;
  rootCause: RootCause;
  severity: Severity;
  evidence: string;
  /** True while it is a suggestion from the comparison that nobody has edited. */
  suggested: boolean;
  stepIds: string[];
  /** What the room said that supports it: quotes (evidence rows) and pain points of this workshop. */
  sources?: FindingSource[];
  position: number;
  createdAt: string;
}

export const FINDING_SOURCE_TYPES = ['evidence', 'pain_point'] as const;
export interface FindingSource {
  type: (typeof FINDING_SOURCE_TYPES)[number];
  id: string;
}

export interface Recommendation {
  id: string;
  findingId: string | null;
  text: string;
  position: number;
}

export interface ActionItem {
  id: string;
  findingId: string | null;
  recommendationId: string | null;
  title: string;
  owner: string;
  dueDate: string | null;
  priority: Severity;
  status: ActionStatus;
  position: number;
}

export interface ParkingLotItem {
  id: string;
  stepId: string | null;
  text: string;
  resolved: boolean;
  position: number;
}

export interface Decision {
  id: string;
  text: string;
  decidedBy: string;
  position: number;
}

export interface AgendaItem {
  id: string;
  title: string;
  minutes: number;
  position: number;
}

export type VoteTarget = 'pain_point' | 'finding' | 'parking_lot';

export interface Vote {
  id: string;
  targetType: VoteTarget;
  targetId: string;
  participant: string;
  dots: number;
}

export interface Evidence {
  id: string;
  stepId: string | null;
  text: string;
  speaker: string;
  mode: 'observed' | 'reported';
  position: number;
}
