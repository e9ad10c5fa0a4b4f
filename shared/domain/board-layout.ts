import type { Lane, ProcessMap } from './types.js';

export interface BoardRow {
  /** null: the row of steps that have no lane. */
  laneId: string | null;
  name: string | null;
}

export interface BoardLayout {
  rows: BoardRow[];
  /** Row and column (0-based) of each step, by step id. */
  cells: Map<string, { row: number; col: number }>;
  columns: number;
  /** Lanes no step uses: not drawn, not counted, offered for removal. */
  emptyLanes: Lane[];
}

/**
 * A compact swimlane layout for the room: a step that hands over to another lane may sit in the same
 * column as the step before it (one above the other), so a map takes about half the columns of one
 * step per column; a column never holds more than two steps of the flow, so the order still reads.
 */
export function boardLayout(map: Pick<ProcessMap, 'lanes' | 'steps'>): BoardLayout {
  const used = new Set(map.steps.map((s) => s.laneId));
  const rows: BoardRow[] = map.lanes
    .filter((l) => used.has(l.id))
    .map((l) => ({ laneId: l.id, name: l.name }));
  if (used.has(null)) rows.push({ laneId: null, name: null });
  const rowOf = new Map(rows.map((r, i) => [r.laneId, i]));
  const cells = new Map<string, { row: number; col: number }>();
  let col = -1;
  let shared = true;
  let prev: { row: number } | null = null;
  for (const step of map.steps) {
    const row = rowOf.get(step.laneId)!;
    if (prev && !shared && prev.row !== row) shared = true;
    else {
      col++;
      shared = false;
    }
    cells.set(step.id, { row, col });
    prev = { row };
  }
  return { rows, cells, columns: col + 1, emptyLanes: map.lanes.filter((l) => !used.has(l.id)) };
}
