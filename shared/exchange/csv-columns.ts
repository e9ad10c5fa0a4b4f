/** The step fields a CSV column can hold, the header Triptych writes, and the names it recognises. */

export const CSV_FIELDS = [
  'state',
  'lane',
  'title',
  'description',
  'kind',
  'tools',
  'processTime',
  'waitTime',
  'pctCompleteAccurate',
  'automation',
  'valueClass',
  'environment',
  'painPoints',
  'notes',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** What an explicit mapping may say about a header: a field, or leave the column out. */
export type CsvMappingTarget = CsvField | 'ignore';

export const CSV_HEADERS: Record<CsvField, string> = {
  state: 'State',
  lane: 'Lane',
  title: 'Step',
  description: 'Description',
  kind: 'Kind',
  tools: 'Tools',
  processTime: 'Process time',
  waitTime: 'Wait time',
  pctCompleteAccurate: '%C&A',
  automation: 'Automation',
  valueClass: 'Value class',
  environment: 'Environment',
  painPoints: 'Pain points',
  notes: 'Notes',
};

const ALIASES: Record<CsvField, string[]> = {
  state: ['state', 'map', 'map state', 'process state'],
  lane: ['lane', 'actor', 'role', 'swimlane', 'swim lane', 'team', 'who', 'performer'],
  title: ['step', 'activity', 'title', 'task', 'step title', 'step name', 'process step', 'name'],
  description: ['description', 'details', 'detail', 'what happens'],
  kind: ['kind', 'type', 'step type', 'step kind'],
  tools: ['tools', 'tool', 'system', 'systems', 'application', 'applications', 'app', 'apps'],
  processTime: ['process time', 'pt', 'touch time', 'processing time', 'work time', 'effort'],
  waitTime: ['wait time', 'wt', 'delay', 'waiting time', 'wait', 'queue time'],
  pctCompleteAccurate: [
    '%C&A',
    'C&A',
    'pct ca',
    'pct c&a',
    '% complete and accurate',
    'complete and accurate',
    'percent complete and accurate',
  ],
  automation: ['automation', 'automated', 'manual or automated', 'manual/automated'],
  valueClass: ['value class', 'value', 'va/nnva', 'value add', 'value added', 'value type'],
  environment: ['environment', 'env'],
  painPoints: ['pain points', 'pain point', 'pain', 'pains', 'issues', 'issue', 'problems'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
};

/** "Process time (h)", "process_time" and "PROCESS TIME" are the same header; "%C&A" and "% C & A" too. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}%]+/gu, '');
}

const BY_KEY = new Map<string, CsvField>(
  CSV_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [headerKey(alias), field] as const)),
);

export function fieldForHeader(header: string): CsvField | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

/** A unit written in a header, "Process time (h)", applies to bare numbers in that column. */
export function headerUnit(header: string): string | null {
  const hint = /[([]\s*(min|mins|minutes|h|hr|hrs|hours|d|days)\s*[)\]]/i.exec(header);
  return hint ? hint[1]!.toLowerCase() : null;
}
