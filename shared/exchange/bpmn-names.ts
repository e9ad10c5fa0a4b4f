/** Triptych's own attributes on BPMN elements: other tools keep and ignore them, Triptych reads them back. */
export const TRIPTYCH_BPMN_NS = 'https://triptych.app/schema/bpmn/1';
export const TRIPTYCH_PREFIX = 'triptych';

/** Step fields written as `triptych:<name>` attributes on a task or gateway. */
export const STEP_ATTRS = [
  'kind',
  'automation',
  'tools',
  'environment',
  'processMinutes',
  'waitMinutes',
  'pctCompleteAccurate',
  'valueClass',
  'notes',
] as const;

/** On a lane holding the steps that have none in Triptych. */
export const UNASSIGNED_ATTR = 'unassigned';
/** On a text annotation listing a step's pain points, one per line. */
export const PAIN_POINTS_ATTR = 'painPoints';

export const UNASSIGNED_LANE = 'Unassigned';
