/**
 * Which steps correspond across the three states.
 *
 * Links (and `originStepId`, read as a link with source 'lineage') are undirected edges between
 * steps of two different states. A step's counterparts in another state are its direct links
 * there; only when it has none are they derived through the third state (current→future→actual
 * gives current↔actual). Derivation is one hop over direct links only, so cycles cannot loop and
 * siblings of a merge never become counterparts of each other.
 */
import type { MapState } from '../domain/types.js';
import { MAP_STATES } from '../domain/types.js';
import type { IndexedStep, StepIndex } from './lookup.js';
import { STATE_RANK, thirdState } from './lookup.js';
import type {
  Correspondence,
  EffectiveLink,
  IgnoredLink,
  MatchLink,
  MatchSource,
  StepCorrespondence,
} from './types.js';

/** Direct counterparts per step and state; pairs are deduplicated before they get here. */
type DirectLinks = Map<string, Record<MapState, string[]>>;

export function buildCorrespondence(index: StepIndex, links: readonly MatchLink[]): Correspondence {
  const direct: DirectLinks = new Map();
  /** Pair key → link, with the rank of each end for sorting. */
  const effective = new Map<string, { link: EffectiveLink; from: number; to: number }>();
  const rankOf = (entry: IndexedStep): number => STATE_RANK[entry.state] * 1e9 + entry.order;
  const ignored: IgnoredLink[] = [];

  const add = (linkId: string, fromStepId: string, toStepId: string, source: MatchSource): void => {
    const a = index.byId.get(fromStepId);
    const b = index.byId.get(toStepId);
    if (!a || !b || a.state === b.state) {
      ignored.push({ linkId, fromStepId, toStepId, reason: !a || !b ? 'missing_step' : 'same_state' });
      return;
    }
    const [early, late] = STATE_RANK[a.state] < STATE_RANK[b.state] ? [a, b] : [b, a];
    const key = `${early.step.id}\u0000${late.step.id}`;
    const known = effective.get(key);
    if (known) {
      if (!known.link.sources.includes(source)) known.link.sources.push(source);
      return;
    }
    const link: EffectiveLink = {
      fromStepId: early.step.id,
      toStepId: late.step.id,
      sources: [source],
      confidence: null,
      reasons: [],
    };
    effective.set(key, { link, from: rankOf(early), to: rankOf(late) });
    edgesOf(direct, early.step.id)[late.state].push(late.step.id);
    edgesOf(direct, late.step.id)[early.state].push(early.step.id);
  };

  for (const link of links) add(link.id, link.fromStepId, link.toStepId, link.source);
  for (const entry of index.byId.values()) {
    const origin = entry.step.originStepId;
    if (origin !== null) add(`lineage:${entry.step.id}`, origin, entry.step.id, 'lineage');
  }

  const orderOf = (id: string): number => index.byId.get(id)?.order ?? 0;
  const byStep: Record<string, StepCorrespondence> = {};
  for (const state of MAP_STATES) {
    for (const entry of index.byState[state]) {
      byStep[entry.step.id] = correspond(entry.step.id, state, direct, orderOf);
    }
  }
  const sortedLinks = [...effective.values()]
    .sort((x, y) => x.from - y.from || x.to - y.to)
    .map(({ link }) => link);
  for (const link of sortedLinks) link.sources.sort();
  return { byStep, links: sortedLinks, ignored };
}

function edgesOf(direct: DirectLinks, stepId: string): Record<MapState, string[]> {
  let edges = direct.get(stepId);
  if (!edges) {
    edges = { current: [], future: [], actual: [] };
    direct.set(stepId, edges);
  }
  return edges;
}

function correspond(
  stepId: string,
  state: MapState,
  direct: DirectLinks,
  orderOf: (id: string) => number,
): StepCorrespondence {
  const edges = direct.get(stepId);
  const counterparts: Record<MapState, string[]> = { current: [], future: [], actual: [] };
  const derived: MapState[] = [];
  if (edges) {
    for (const target of MAP_STATES) {
      if (target === state) continue;
      let found = edges[target];
      if (found.length === 0) {
        const union = new Set<string>();
        for (const via of edges[thirdState(state, target)]) {
          for (const id of direct.get(via)?.[target] ?? []) union.add(id);
        }
        if (union.size > 0) derived.push(target);
        found = [...union];
      }
      counterparts[target] =
        found.length < 2 ? [...found] : [...found].sort((a, b) => orderOf(a) - orderOf(b));
    }
  }
  let split = false;
  let merged = false;
  for (const other of MAP_STATES) {
    if (counterparts[other].length < 2) continue;
    if (STATE_RANK[other] > STATE_RANK[state]) split = true;
    if (STATE_RANK[other] < STATE_RANK[state]) merged = true;
  }
  return { stepId, state, counterparts, derived, split, merged };
}

/** Whether the step has a counterpart in any other state. */
export function isLinked(entry: StepCorrespondence | undefined): boolean {
  if (!entry) return false;
  return MAP_STATES.some((state) => entry.counterparts[state].length > 0);
}
