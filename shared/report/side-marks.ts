import type { ComparisonResult } from '../compare/index.js';
import { MAP_STATES, type MapState } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import { NO_STATUS, type StatusMark, markMeanings, statusMark } from './side-by-side.js';

/** One mark in the legend, with what it says in the comparison's own words ("Unchanged from current"). */
export interface LegendEntry {
  mark: StatusMark;
  meaning: string;
}

/** Each step's mark on the side-by-side slide, and the legend of the marks used, column by column. */
export interface SideMarks {
  byStep: ReadonlyMap<string, StatusMark>;
  legend: Record<MapState, LegendEntry[]>;
}

/**
 * For the presenter's side-by-side slide: the marks the read-out deck and the report draw (the same
 * symbols and words), from the comparison the Compare stage shows. The legend lists, state by state,
 * only the marks that state's list uses, in the comparison's order, for every page of the slide.
 */
export function sideMarks(data: Pick<WorkshopData, 'maps'>, comparison: ComparisonResult): SideMarks {
  const byStep = new Map<string, StatusMark>();
  const legend = {} as Record<MapState, LegendEntry[]>;
  for (const state of MAP_STATES) {
    const used = new Set<StatusMark>();
    for (const step of data.maps[state].steps) {
      const mark = statusMark(comparison, state, step.id);
      byStep.set(step.id, mark);
      used.add(mark);
    }
    legend[state] = markMeanings(state).filter((entry) => used.has(entry.mark));
    if (used.has(NO_STATUS)) legend[state].push({ mark: NO_STATUS, meaning: 'Not compared yet' });
  }
  return { byStep, legend };
}
