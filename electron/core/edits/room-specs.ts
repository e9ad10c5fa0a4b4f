import type { RoomKind } from '../../../shared/ipc/room.channels.js';

export interface RoomSpec {
  table: string;
  /** Field name in the contract → column. */
  columns: Record<string, string>;
  /** How to find the owning workshop of a row: directly, or through its step. */
  scope: 'workshop' | 'step';
  ordered: boolean;
  booleans?: string[];
  defaults?: Record<string, unknown>;
}

export const ROOM_SPECS: Record<RoomKind, RoomSpec> = {
  pain_point: {
    table: 'pain_points',
    columns: { stepId: 'step_id', text: 'text' },
    scope: 'step',
    ordered: true,
  },
  parking_lot: {
    table: 'parking_lot',
    columns: { text: 'text', stepId: 'step_id', resolved: 'resolved' },
    scope: 'workshop',
    ordered: true,
    booleans: ['resolved'],
  },
  decision: {
    table: 'decisions',
    columns: { text: 'text', decidedBy: 'decided_by' },
    scope: 'workshop',
    ordered: true,
  },
  evidence: {
    table: 'evidence',
    columns: { text: 'text', speaker: 'speaker', mode: 'mode', stepId: 'step_id' },
    scope: 'workshop',
    ordered: true,
  },
  attendee: {
    table: 'attendees',
    columns: { name: 'name', role: 'role', organisation: 'organisation' },
    scope: 'workshop',
    ordered: true,
  },
  agenda: {
    table: 'agenda_items',
    columns: { title: 'title', minutes: 'minutes' },
    scope: 'workshop',
    ordered: true,
  },
  vote: {
    table: 'votes',
    columns: { targetType: 'target_type', targetId: 'target_id', participant: 'participant', dots: 'dots' },
    scope: 'workshop',
    ordered: false,
  },
  finding: {
    table: 'findings',
    columns: {
      title: 'title',
      detail: 'detail',
      category: 'category',
      rootCause: 'root_cause',
      severity: 'severity',
      evidence: 'evidence',
      suggested: 'suggested',
    },
    scope: 'workshop',
    ordered: true,
    booleans: ['suggested'],
    defaults: { created_at: () => new Date().toISOString() },
  },
  recommendation: {
    table: 'recommendations',
    columns: { text: 'text', findingId: 'finding_id' },
    scope: 'workshop',
    ordered: true,
  },
  action: {
    table: 'actions',
    columns: {
      title: 'title',
      owner: 'owner',
      dueDate: 'due_date',
      priority: 'priority',
      status: 'status',
      findingId: 'finding_id',
      recommendationId: 'recommendation_id',
    },
    scope: 'workshop',
    ordered: true,
  },
};
