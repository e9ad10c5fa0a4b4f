import { createHash } from 'node:crypto';
import type { ComparisonResult } from '../../../shared/compare/index.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { type RejectedPairs, compareForReport } from '../../../shared/report/build.js';

/**
 * The comparison the Report stage, the report and the deck print, kept by a hash of all it is
 * computed from (the three maps, their links, hours per working day, the rejected pairs): the
 * stage's summary, the report and the deck of one workshop compare once, and any edit to a map
 * or a link makes a new key. Results are never changed by their readers (a test freezes one).
 */
const KEEP = 4;
const kept = new Map<string, ComparisonResult>();

function keyOf(data: WorkshopData, rejected: RejectedPairs): string {
  const inputs = [data.maps, data.links, data.workshop.hoursPerDay, rejected];
  return createHash('sha1').update(JSON.stringify(inputs)).digest('hex');
}

export function comparisonFor(data: WorkshopData, rejected: RejectedPairs = []): ComparisonResult {
  const key = keyOf(data, rejected);
  const hit = kept.get(key);
  if (hit) {
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const result = compareForReport(data, rejected);
  kept.set(key, result);
  for (const oldest of kept.keys()) {
    if (kept.size <= KEEP) break;
    kept.delete(oldest);
  }
  return result;
}

/** Forgets every kept comparison (a first generation is measured without them). */
export function clearComparisons(): void {
  kept.clear();
}
