import {
  type ComparisonResult,
  compareWorkshop,
  rejectedPairs,
} from '../../../../../shared/compare/index.js';
import type { SuggestionMark } from '../../../../../shared/domain/suggestion-marks.js';
import type { WorkshopData } from '../../../../../shared/domain/workshop-data.js';

/**
 * The comparison as the Compare stage shows it: stored links, automatic matches, and the matches
 * the facilitator rejected there left out. Findings and the presenter read this same one; only
 * Compare lists link suggestions.
 */
export function compareAsShown(
  data: Pick<WorkshopData, 'maps' | 'links' | 'workshop'>,
  marks: readonly SuggestionMark[],
  withSuggestions: boolean,
): ComparisonResult {
  return compareWorkshop({
    maps: data.maps,
    links: data.links,
    options: {
      ...(withSuggestions ? {} : { suggestions: false as const }),
      hoursPerDay: data.workshop.hoursPerDay,
      automatic: { rejected: rejectedPairs(marks) },
    },
  });
}
