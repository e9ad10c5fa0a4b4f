/**
 * The large workshop of the comparison bench: 3 × 1,000 generated steps (seeded, so every run
 * measures the same maps), ~80 % of future and actual steps with lineage to a nearby current step
 * and a manual link every tenth future step; `unlinkedWorkshop` is the same maps with no lineage
 * and no link, so every correspondence is automatic.
 */
import type { Lane, MapState, ProcessMap, Step, StepLink } from '../../shared/domain/types.js';
import { ENVIRONMENTS, STEP_KINDS } from '../../shared/domain/types.js';
import { makeStep } from '../fixtures/origin-story.js';
import { seededRandom } from '../helpers/random.js';

const STEPS = 1000;
const WORDS = [
  'request',
  'approve',
  'server',
  'deploy',
  'test',
  'configure',
  'order',
  'review',
  'install',
  'check',
];
const TOOLS = Array.from({ length: 30 }, (_, i) => `Tool ${i}`);

export function generateWorkshop(seed = 42): { maps: Record<MapState, ProcessMap>; links: StepLink[] } {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const maps = {} as Record<MapState, ProcessMap>;
  const links: StepLink[] = [];
  for (const state of ['current', 'future', 'actual'] as const) {
    const mapId = `map-${state}`;
    const lanes: Lane[] = Array.from({ length: 12 }, (_, i) => ({
      id: `${state}-lane-${i}`,
      mapId,
      name: `Team ${i}`,
      kind: 'team',
      position: i,
    }));
    const steps = Array.from({ length: STEPS }, (_, i): Step => {
      const title = `${pick(WORDS)} ${pick(WORDS)} ${i % 50}`;
      const step = makeStep(`${state}-${i}`, mapId, pick(lanes).id, i, title);
      const timed = rand() < 0.9;
      return {
        ...step,
        kind: rand() < 0.7 ? 'task' : pick(STEP_KINDS),
        tools: [pick(TOOLS), pick(TOOLS)].slice(0, Math.floor(rand() * 3)),
        environment: pick(ENVIRONMENTS),
        processMinutes: timed ? Math.floor(rand() * 120) : null,
        waitMinutes: timed ? Math.floor(rand() * 600) : null,
        pctCompleteAccurate: rand() < 0.8 ? 50 + Math.floor(rand() * 51) : null,
        automation: rand() < 0.5 ? 'manual' : 'automated',
        valueClass: rand() < 0.8 ? pick(['VA', 'NNVA', 'waste'] as const) : null,
        // ~80 % lineage to a nearby current step (so some merges and splits occur).
        originStepId:
          state !== 'current' && rand() < 0.8
            ? `current-${Math.min(STEPS - 1, i + Math.floor(rand() * 3))}`
            : null,
      };
    });
    maps[state] = { id: mapId, state, lanes, steps };
  }
  for (let i = 0; i < STEPS; i += 10) {
    links.push({ id: `link-${i}`, fromStepId: `future-${i}`, toStepId: `actual-${i}`, source: 'manual' });
  }
  return { maps, links };
}

/** The same maps with no lineage and no link: every correspondence is automatic. */
export function unlinkedWorkshop(workshop: { maps: Record<MapState, ProcessMap> }): {
  maps: Record<MapState, ProcessMap>;
  links: StepLink[];
} {
  return {
    maps: Object.fromEntries(
      Object.entries(workshop.maps).map(([state, map]) => [
        state,
        { ...map, steps: map.steps.map((step) => ({ ...step, originStepId: null })) },
      ]),
    ) as Record<MapState, ProcessMap>,
    links: [] as StepLink[],
  };
}
