/**
 * Renamed lanes: a lane whose name changed between two states ("Ops" → "Operations") is the same
 * lane, so its steps do not all differ in "who does it".
 *
 * Two lanes of different states are read as one when the name of neither exists in the other's
 * state (a rename, not work moved between lanes both states have), and each is the other's main
 * counterpart: of the corresponding steps with the same title (the same work), most of either
 * lane's sit in the other, at least two steps on each side. New work in a new lane (a step retitled into a new team)
 * is a change of who does it, not a rename. Lanes of the same
 * name are one lane in every state. The result is each step's `laneGroup`, which the comparison of
 * the lane field reads.
 */
import { MAP_STATES, type MapState } from '../domain/types.js';
import type { StepIndex } from './lookup.js';
import { sameField } from './substance.js';
import type { Correspondence } from './types.js';

export function groupRenamedLanes(index: StepIndex, correspondence: Correspondence): void {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const unite = (a: string, b: string): void => {
    const x = find(a);
    const y = find(b);
    if (x !== y) parent.set(y, x);
  };
  const names = {} as Record<MapState, Set<string>>;
  for (const state of MAP_STATES) {
    names[state] = new Set(index.byState[state].flatMap((e) => (e.laneKey === null ? [] : [e.laneKey])));
    for (const name of names[state]) unite(`\u0000${name}`, `${state}\u0000${name}`);
  }
  for (const [s, t] of [
    ['current', 'future'],
    ['future', 'actual'],
    ['current', 'actual'],
  ] as const) {
    const forward = laneCounts(index, correspondence, s, t);
    const backward = laneCounts(index, correspondence, t, s);
    for (const [a, towards] of forward) {
      const b = main(towards);
      if (b === null || a === b || names[t].has(a) || names[s].has(b)) continue;
      if (main(backward.get(b)) === a) unite(`${s}\u0000${a}`, `${t}\u0000${b}`);
    }
  }
  for (const state of MAP_STATES) {
    for (const entry of index.byState[state]) {
      if (entry.laneKey === null) continue;
      const root = find(`${state}\u0000${entry.laneKey}`);
      // The group is named by its root's lane name, so untouched lanes keep their own name.
      entry.laneGroup = root.slice(root.indexOf('\u0000') + 1);
    }
  }
}

/** Lane of a step in `s` → lane of its same-titled counterparts in `t` → how many steps. */
function laneCounts(
  index: StepIndex,
  correspondence: Correspondence,
  s: MapState,
  t: MapState,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const entry of index.byState[s]) {
    if (entry.laneKey === null) continue;
    // Each step counts once per lane, so a merge of two steps into one is not two steps of a lane.
    const lanes = new Set<string>();
    for (const id of correspondence.byStep[entry.step.id]?.counterparts[t] ?? []) {
      const counterpart = index.byId.get(id);
      if (counterpart?.laneKey && sameField(entry, counterpart, 'title')) lanes.add(counterpart.laneKey);
    }
    let counts = out.get(entry.laneKey);
    for (const other of lanes) {
      if (!counts) out.set(entry.laneKey, (counts = new Map()));
      counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return out;
}

/** The lane holding more than half of the steps (and at least two), or null. */
function main(counts: Map<string, number> | undefined): string | null {
  if (!counts) return null;
  let total = 0;
  let best: [string, number] | null = null;
  for (const [lane, n] of counts) {
    total += n;
    if (best === null || n > best[1]) best = [lane, n];
  }
  return best !== null && best[1] >= 2 && best[1] * 2 > total ? best[0] : null;
}
