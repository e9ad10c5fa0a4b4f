import type { ComparisonResult } from '../compare/index.js';
import type { MapState, Step } from '../domain/types.js';
import { MAP_STATES } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import type { ReportOptions } from './options.js';
import type { Part } from './model.js';
import { STATE_NAMES } from './texts.js';

/** What every section builder reads: the workshop, the options and the comparison, looked up once. */
export interface BuildContext {
  data: WorkshopData;
  options: ReportOptions;
  comparison: ComparisonResult;
  /** The consultant's edited executive summary, or null to draft one. */
  summaryText: string | null;
  hours: number;
  steps: Map<string, { step: Step; state: MapState; number: number }>;
  lanes: Map<string, string>;
}

/** The comparison, or how to make it when a section first reads it (the maps' sections do not). */
export type ComparisonSource = ComparisonResult | (() => ComparisonResult);

export function buildContext(
  data: WorkshopData,
  options: ReportOptions,
  source: ComparisonSource,
  summaryText: string | null,
): BuildContext {
  const steps = new Map<string, { step: Step; state: MapState; number: number }>();
  const lanes = new Map<string, string>();
  for (const state of MAP_STATES) {
    data.maps[state].steps.forEach((step, i) => steps.set(step.id, { step, state, number: i + 1 }));
    for (const lane of data.maps[state].lanes) lanes.set(lane.id, lane.name);
  }
  let comparison = typeof source === 'function' ? undefined : source;
  return {
    data,
    options,
    get comparison() {
      return (comparison ??= (source as () => ComparisonResult)());
    },
    summaryText,
    hours: data.workshop.hoursPerDay,
    steps,
    lanes,
  };
}

/** "3. Configure server (actual)" for a step id; '' when the step is gone. */
export function stepRef(ctx: BuildContext, id: string | null, withState = true): string {
  if (id === null) return '';
  const found = ctx.steps.get(id);
  if (!found) return '';
  const state = withState ? ` (${STATE_NAMES[found.state].replace(' state', '').toLowerCase()})` : '';
  return `${found.number}. ${found.step.title}${state}`;
}

/** A part, or null when it is empty and the options say to leave empty parts out. */
export function part<T>(ctx: BuildContext, heading: string, items: T[], empty: string): Part<T> | null {
  if (items.length === 0 && ctx.options.emptySections === 'omit') return null;
  return { heading, items, empty };
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
