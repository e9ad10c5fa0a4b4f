/** Small maps for comparison tests: steps by id with a lane name, links by step ids. */
import type { CompareOptions } from '../../../shared/compare/index.js';
import type { MapState, ProcessMap, Step, StepLink } from '../../../shared/domain/types.js';
import { makeStep } from '../../fixtures/origin-story.js';

export type StepInput = Partial<Omit<Step, 'laneId'>> & { id: string; lane?: string | null };

/** Maps with the given steps, in flow order; lanes are created from the lane names. */
export function buildMaps(spec: Partial<Record<MapState, StepInput[]>>): Record<MapState, ProcessMap> {
  const maps = {} as Record<MapState, ProcessMap>;
  for (const state of ['current', 'future', 'actual'] as const) {
    const mapId = `map-${state}`;
    const lanes: ProcessMap['lanes'] = [];
    const steps = (spec[state] ?? []).map(({ lane = null, ...rest }, position): Step => {
      let laneId: string | null = null;
      if (lane !== null) {
        laneId = `${state}-lane-${lane}`;
        if (!lanes.some((l) => l.id === laneId)) {
          lanes.push({ id: laneId, mapId, name: lane, kind: 'team', position: lanes.length });
        }
      }
      return { ...makeStep(rest.id, mapId, laneId, position, rest.title ?? rest.id), ...rest, laneId };
    });
    maps[state] = { id: mapId, state, lanes, steps };
  }
  return maps;
}

let linkCount = 0;

export function link(fromStepId: string, toStepId: string, source: StepLink['source'] = 'manual'): StepLink {
  linkCount += 1;
  return { id: `link-${linkCount}`, fromStepId, toStepId, source };
}

/** The same steps in another state: ids prefixed with the state's letter, lineage to `origin`. */
export function copySteps(steps: StepInput[], prefix: string, originPrefix: string | null): StepInput[] {
  return steps.map((step) => ({
    ...step,
    id: `${prefix}${step.id}`,
    originStepId: originPrefix === null ? null : `${originPrefix}${step.id}`,
  }));
}

/**
 * Options for the cases above whose steps are titled by their ids (so titles differ between states
 * by construction) and whose tools stand for the step's substance: compare lane, kind, tools and
 * environment, and no automatic matching. The process/technology split itself is tested in
 * process-technology.test.ts.
 */
export const ID_TITLED = {
  fields: ['lane', 'kind', 'tools', 'environment'],
  automatic: false,
} as const satisfies CompareOptions;
