/**
 * The columns a table folds away to fit its room: the first of `order` first, then the next, until
 * the rest fit (or nothing foldable is left). Widths and room in the same unit; columns not in
 * `order` never fold.
 */
export function foldColumns<K extends string>(
  widths: Readonly<Record<K, number>>,
  order: readonly K[],
  room: number,
): Set<K> {
  const folded = new Set<K>();
  let total = (Object.values(widths) as number[]).reduce((a, b) => a + b, 0);
  for (const key of order) {
    if (total <= room) break;
    folded.add(key);
    total -= widths[key];
  }
  return folded;
}

/** The step table's fields in the order Tab visits them, wherever each is shown. */
export const FIELD_ORDER = [
  'title',
  'lane',
  'kind',
  'tools',
  'process',
  'wait',
  'pct',
  'automation',
] as const;
export type FieldKey = (typeof FIELD_ORDER)[number];

/** The field after (or before) `from`, or null past the row's end. */
export function nextField(from: FieldKey, backwards = false): FieldKey | null {
  return FIELD_ORDER[FIELD_ORDER.indexOf(from) + (backwards ? -1 : 1)] ?? null;
}
