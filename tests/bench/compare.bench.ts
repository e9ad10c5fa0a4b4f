/**
 * Comparison cost on large maps: 3 × 1,000 generated steps (compare-workshop.ts).
 * - floor: correspondence + statuses + metrics of the linked workshop (~80 % lineage, a few manual
 *   links), the core every comparison pays;
 * - linked: compareWorkshop on that workshop (automatic matching of the rest, verdict, suggestions,
 *   findings, review);
 * - unlinked: the same maps without lineage or links, so every correspondence is automatic.
 *   Goal: median ≤ 150 ms.
 * The three are first timed in cycles of five runs each (so a load that comes and goes weighs on
 * all of them) and their medians printed with the ratio to the floor and the load average; vitest
 * then benches each.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
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

const GOAL_MS = 150;
/** Runs of each case in a row (as a user compares again and again), cycled so a load that comes
 * and goes weighs on all three; the first cycle warms up. */
const BLOCK = 5;
const CYCLES = 3;

const workshop = generateWorkshop();
const unlinked = unlinkedWorkshop(workshop);

const cases: Record<string, () => void> = {
  'floor: correspondence + statuses + metrics (linked)': () => {
    const index = indexSteps(workshop.maps);
    const correspondence = buildCorrespondence(index, workshop.links);
    computeStatuses(index, correspondence, DEFAULT_FIELDS);
    for (const state of ['current', 'future', 'actual'] as const) stateMetrics(workshop.maps[state]);
  },
  'linked: compareWorkshop': () => {
    compareWorkshop(workshop);
  },
  [`unlinked: automatic correspondence + compareWorkshop (goal: median ≤ ${GOAL_MS} ms)`]: () => {
    compareWorkshop(unlinked);
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const times = Object.fromEntries(Object.keys(cases).map((name) => [name, [] as number[]]));
for (let cycle = -1; cycle < CYCLES; cycle++) {
  for (const [name, run] of Object.entries(cases)) {
    for (let k = 0; k < BLOCK; k++) {
      const start = performance.now();
      run();
      if (cycle >= 0) times[name]!.push(performance.now() - start);
    }
  }
}
const medians = Object.values(times).map(median);
const floor = medians[0]!;
const unlinkedMedian = medians[2]!;
console.log(
  `compare 3 × 1,000 steps, median of ${BLOCK * CYCLES} runs in ${CYCLES} cycles (load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}):`,
);
Object.keys(cases).forEach((name, k) => {
  const ratio = k === 0 ? '' : `  ×${(medians[k]! / floor).toFixed(1)} the floor`;
  console.log(`  ${medians[k]!.toFixed(1).padStart(6)} ms  ${name}${ratio}`);
});
console.log(
  `  unlinked ${unlinkedMedian.toFixed(0)} ms beside linked ${medians[1]!.toFixed(0)} ms: ` +
    `${unlinkedMedian <= GOAL_MS ? 'within' : 'OVER'} the ${GOAL_MS} ms goal`,
);

describe('compare 3 × 1,000 steps: linked vs unlinked (automatic correspondence)', () => {
  for (const [name, run] of Object.entries(cases)) bench(name, run);
});
