/**
 * Lays the three maps side by side: corresponding steps share a group of rows, so a current step
 * split into two actual steps spans both of their rows. Groups follow the flow of every map.
 */
import type { Correspondence } from './types.js';
import { MAP_STATES, type MapState, type ProcessMap } from '../domain/types.js';

export interface AlignedCell {
  stepId: string;
  /** First row within the group, 0-based. */
  row: number;
  span: number;
}

export interface AlignedGroup {
  key: string;
  rows: number;
  cells: Record<MapState, AlignedCell[]>;
}

interface Member {
  id: string;
  state: MapState;
  order: number;
}

export function alignSteps(
  maps: Record<MapState, ProcessMap>,
  correspondence: Correspondence,
): AlignedGroup[] {
  const members = new Map<string, Member>();
  for (const state of MAP_STATES)
    maps[state].steps.forEach((s, order) => members.set(s.id, { id: s.id, state, order }));

  // Union-find over corresponding steps.
  const parent = new Map<string, string>([...members.keys()].map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const id of members.keys())
    for (const state of MAP_STATES)
      for (const other of correspondence.byStep[id]?.counterparts[state] ?? [])
        if (members.has(other)) parent.set(find(other), find(id));

  const groups = new Map<string, Member[]>();
  for (const m of members.values()) {
    const root = find(m.id);
    groups.set(root, [...(groups.get(root) ?? []), m]);
  }
  return orderGroups(maps, groups, find).map((root) => layoutGroup(root, groups.get(root)!, correspondence));
}

/**
 * Topological order of the groups along each map's flow. Among the groups ready to go, those with a
 * current step go first, in current order; the others wait until a later group needs them, so a new
 * future or actual step lands just before what follows it. Cycles are broken by relative position.
 */
function orderGroups(
  maps: Record<MapState, ProcessMap>,
  groups: Map<string, Member[]>,
  find: (id: string) => string,
): string[] {
  const rank = new Map<string, number>();
  for (const [root, list] of groups) {
    const current = list.filter((m) => m.state === 'current').map((m) => m.order);
    const relative = Math.min(...list.map((m) => m.order / Math.max(1, maps[m.state].steps.length - 1)));
    rank.set(root, current.length > 0 ? Math.min(...current) : 1e6 + relative);
  }
  const next = new Map<string, Set<string>>([...groups.keys()].map((r) => [r, new Set()]));
  const incoming = new Map<string, number>([...groups.keys()].map((r) => [r, 0]));
  for (const state of MAP_STATES) {
    const steps = maps[state].steps;
    for (let i = 1; i < steps.length; i++) {
      const a = find(steps[i - 1]!.id);
      const b = find(steps[i]!.id);
      if (a === b || next.get(a)!.has(b)) continue;
      next.get(a)!.add(b);
      incoming.set(b, incoming.get(b)! + 1);
    }
  }
  const out: string[] = [];
  const left = new Set(groups.keys());
  while (left.size > 0) {
    const candidates = [...left].filter((r) => incoming.get(r) === 0);
    const pool = candidates.length > 0 ? candidates : [...left]; // a cycle: break it by position
    const pick = pool.reduce((a, b) => (rank.get(b)! < rank.get(a)! ? b : a));
    left.delete(pick);
    out.push(pick);
    for (const b of next.get(pick)!) incoming.set(b, incoming.get(b)! - 1);
  }
  return out;
}

function layoutGroup(key: string, list: Member[], correspondence: Correspondence): AlignedGroup {
  const byState: Record<MapState, Member[]> = { current: [], future: [], actual: [] };
  for (const m of [...list].sort((a, b) => a.order - b.order)) byState[m.state].push(m);
  // The state with the most steps sets the rows; prefer current, then actual, on a tie.
  const spine = (['current', 'actual', 'future'] as const).reduce((a, b) =>
    byState[b].length > byState[a].length ? b : a,
  );
  const cells: Record<MapState, AlignedCell[]> = { current: [], future: [], actual: [] };
  const rowOf = new Map<string, [number, number]>();
  byState[spine].forEach((m, row) => {
    cells[spine].push({ stepId: m.id, row, span: 1 });
    rowOf.set(m.id, [row, row]);
  });
  for (const state of MAP_STATES.filter((s) => s !== spine)) {
    let free = 0;
    for (const m of byState[state]) {
      const counterparts = correspondence.byStep[m.id]?.counterparts;
      const placed = (s: MapState) =>
        (counterparts?.[s] ?? []).map((id) => rowOf.get(id)).filter((r) => r !== undefined);
      let ranges = placed(spine);
      if (ranges.length === 0) ranges = MAP_STATES.flatMap((s) => (s === state ? [] : placed(s)));
      let start = ranges.length > 0 ? Math.min(...ranges.map((r) => r[0])) : free;
      let end = ranges.length > 0 ? Math.max(...ranges.map((r) => r[1])) : free;
      if (start < free) {
        start = free;
        end = Math.max(end, start);
      }
      cells[state].push({ stepId: m.id, row: start, span: end - start + 1 });
      rowOf.set(m.id, [start, end]);
      free = end + 1;
    }
  }
  const rows = Math.max(1, ...MAP_STATES.flatMap((s) => cells[s].map((c) => c.row + c.span)));
  return { key, rows, cells };
}
