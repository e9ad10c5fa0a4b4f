/**
 * Comparison cost on large maps: 3 × 1,000 generated steps, ~80 % of future and actual steps with
 * lineage to current, plus a few manual links. Goal: correspondence + statuses + metrics ≤ 20 ms median.
 * The same maps without lineage or links measure the automatic correspondence.
 */
import { bench, describe } from 'vitest';
import {
  buildCorrespondence,
  compareWorkshop,
  computeStatuses,
  DEFAULT_FIELDS,
  indexSteps,
  stateMetrics,
} from '../../shared/compare/index.js';
import { generateWorkshop, unlinkedWorkshop } from './compare-workshop.js';

const workshop = generateWorkshop();
/** The same maps with no lineage and no link: every correspondence is automatic. */
const unlinked = unlinkedWorkshop(workshop);

describe('compare 3 × 1,000 steps', () => {
  bench('correspondence + statuses + metrics', () => {
    const index = indexSteps(workshop.maps);
    const correspondence = buildCorrespondence(index, workshop.links);
    computeStatuses(index, correspondence, DEFAULT_FIELDS);
    for (const state of ['current', 'future', 'actual'] as const) stateMetrics(workshop.maps[state]);
  });

  bench('compareWorkshop (everything, with suggestions)', () => {
    compareWorkshop(workshop);
  });
});

// Goal: automatic correspondence + full comparison of 3 × 1,000 unlinked steps, median ≤ 150 ms,
// read beside the linked workshop and the core floor (correspondence + statuses + metrics, ≤ 20 ms
// on a quiet machine) measured in the same run: vitest prints each as a ratio to the floor.
describe('compare 3 × 1,000 steps: linked vs unlinked (automatic correspondence)', () => {
  bench('floor: correspondence + statuses + metrics (linked)', () => {
    const index = indexSteps(workshop.maps);
    const correspondence = buildCorrespondence(index, workshop.links);
    computeStatuses(index, correspondence, DEFAULT_FIELDS);
    for (const state of ['current', 'future', 'actual'] as const) stateMetrics(workshop.maps[state]);
  });

  bench('linked: compareWorkshop', () => {
    compareWorkshop(workshop);
  });

  bench('unlinked: automatic correspondence + compareWorkshop', () => {
    compareWorkshop(unlinked);
  });
});
