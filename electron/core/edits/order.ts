import type { Edit } from './edit.js';

/** Sets position = index for each id, recording only the rows whose position changes. */
export function renumber(
  edit: Edit,
  table: 'steps' | 'lanes' | 'pain_points',
  ordered: { id: string; position: number }[],
) {
  edit.reposition(
    table,
    ordered.map((row, i) => ({ id: row.id, from: row.position, to: i })),
  );
}

export function moved<T>(list: T[], from: number, to: number): T[] {
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(copy.length, to)), 0, item!);
  return copy;
}
