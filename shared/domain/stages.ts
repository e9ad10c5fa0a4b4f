import { usedLaneIds } from './lanes.js';
import type { MapState } from './types.js';
import type { WorkshopData } from './workshop-data.js';

export const STAGES = ['setup', 'current', 'future', 'actual', 'compare', 'findings', 'report'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  setup: 'Setup',
  current: 'Current',
  future: 'Future',
  actual: 'Actual',
  compare: 'Compare',
  findings: 'Findings & actions',
  report: 'Report',
};

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function mapSummary(data: WorkshopData, state: MapState): { text: string; done: boolean } {
  const map = data.maps[state];
  if (map.steps.length === 0) return { text: 'No steps yet', done: false };
  const untimed = map.steps.filter((s) => s.processMinutes === null && s.waitMinutes === null).length;
  const parts = [plural(map.steps.length, 'step'), plural(usedLaneIds(map).size, 'lane')];
  if (untimed > 0) parts.push(`${plural(untimed, 'step')} without times`);
  return { text: parts.join(', '), done: untimed === 0 };
}

/** How complete each stage is, in words a facilitator reads at a glance. */
export function stageSummaries(data: WorkshopData): Record<Stage, { text: string; done: boolean }> {
  const setupMissing = [
    data.process.name ? null : 'process',
    data.attendees.length ? null : 'attendees',
    data.workshop.objectives ? null : 'objectives',
  ].filter(Boolean);
  const mapped = (['current', 'future', 'actual'] as const).filter(
    (s) => data.maps[s].steps.length > 0,
  ).length;
  return {
    setup: {
      text: setupMissing.length
        ? `Missing: ${setupMissing.join(', ')}`
        : plural(data.attendees.length, 'attendee'),
      done: setupMissing.length === 0,
    },
    current: mapSummary(data, 'current'),
    future: mapSummary(data, 'future'),
    actual: mapSummary(data, 'actual'),
    compare: { text: mapped === 3 ? 'Ready to compare' : `${mapped} of 3 states mapped`, done: mapped === 3 },
    findings: {
      text: `${plural(data.findings.length, 'finding')}, ${plural(data.actions.length, 'action')}`,
      done: data.findings.length > 0 && data.actions.length > 0,
    },
    report: { text: 'Word document', done: false },
  };
}
