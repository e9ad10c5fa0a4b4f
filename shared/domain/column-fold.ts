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

/**
 * Fits a table with nowhere to fold columns into but out of sight: the columns first give up their
 * slack (each down to its `least` width, in proportion to what it can give), and only when the least
 * widths still do not fit do columns fold (in `order`, measured at their least widths). Returns the
 * folded columns and the widths to draw the rest at. Columns without a `least` never shrink.
 */
export function fitColumns<K extends string>(
  widths: Readonly<Record<K, number>>,
  least: Readonly<Partial<Record<NoInfer<K>, number>>>,
  order: readonly NoInfer<K>[],
  room: number,
): { folded: Set<K>; widths: Record<K, number> } {
  const keys = Object.keys(widths) as K[];
  const floor = (k: K) => Math.min(widths[k], least[k] ?? widths[k]);
  const folded = foldColumns(
    Object.fromEntries(keys.map((k) => [k, floor(k)])) as Record<K, number>,
    order,
    room,
  );
  const shown = keys.filter((k) => !folded.has(k));
  const total = shown.reduce((a, k) => a + widths[k], 0);
  const slack = shown.reduce((a, k) => a + widths[k] - floor(k), 0);
  const give = slack > 0 ? Math.min(1, Math.max(0, total - room) / slack) : 0;
  const fitted: Record<K, number> = { ...widths };
  for (const k of shown) fitted[k] = widths[k] - (widths[k] - floor(k)) * give;
  return { folded, widths: fitted };
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
