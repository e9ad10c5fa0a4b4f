/** The tables an edit may touch, with their columns; anything else is refused. */
export const EDITABLE: Record<string, readonly string[]> = {
  workshops: [
    'id',
    'engagement_id',
    'title',
    'date',
    'location',
    'facilitator',
    'objectives',
    'status',
    'hours_per_day',
    'updated_at',
  ],
  engagements: ['id', 'client', 'name', 'status', 'created_at', 'updated_at'],
  processes: ['id', 'workshop_id', 'name', 'start_trigger', 'end_outcome'],
  attendees: ['id', 'workshop_id', 'name', 'role', 'organisation', 'position'],
  agenda_items: ['id', 'workshop_id', 'title', 'minutes', 'position'],
  lanes: ['id', 'map_id', 'name', 'kind', 'position'],
  steps: [
    'id',
    'map_id',
    'lane_id',
    'position',
    'title',
    'description',
    'kind',
    'tools',
    'environment',
    'process_minutes',
    'wait_minutes',
    'pct_complete_accurate',
    'automation',
    'value_class',
    'notes',
    'origin_step_id',
  ],
  pain_points: ['id', 'step_id', 'text', 'position'],
  step_links: ['id', 'from_step_id', 'to_step_id', 'source', 'created_at'],
  parking_lot: ['id', 'workshop_id', 'step_id', 'text', 'resolved', 'position'],
  decisions: ['id', 'workshop_id', 'text', 'decided_by', 'position'],
  evidence: ['id', 'workshop_id', 'step_id', 'text', 'speaker', 'mode', 'position'],
  votes: ['id', 'workshop_id', 'target_type', 'target_id', 'participant', 'dots'],
  findings: [
    'id',
    'workshop_id',
    'title',
    'detail',
    'category',
    'root_cause',
    'severity',
    'evidence',
    'suggested',
    'position',
    'created_at',
  ],
  finding_steps: ['finding_id', 'step_id'],
  finding_sources: ['finding_id', 'source_type', 'source_id'],
  workshop_tags: ['workshop_id', 'tag'],
  recommendations: ['id', 'workshop_id', 'finding_id', 'text', 'position'],
  actions: [
    'id',
    'workshop_id',
    'finding_id',
    'recommendation_id',
    'title',
    'owner',
    'due_date',
    'priority',
    'status',
    'position',
  ],
  suggestion_marks: ['id', 'workshop_id', 'key', 'decision', 'finding_id', 'created_at'],
};

export type Row = Record<string, unknown>;

/** Primary key columns (finding_steps has a composite key). */
export function keyOf(table: string): string[] {
  if (table === 'finding_steps') return ['finding_id', 'step_id'];
  if (table === 'finding_sources') return ['finding_id', 'source_type', 'source_id'];
  if (table === 'workshop_tags') return ['workshop_id', 'tag'];
  return ['id'];
}

export function columnsOf(table: string): readonly string[] {
  const cols = EDITABLE[table];
  if (!cols) throw new Error(`Table ${table} is not editable`);
  return cols;
}
