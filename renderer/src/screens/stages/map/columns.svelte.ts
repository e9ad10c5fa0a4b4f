/** The step table's columns: default widths, the facilitator's own widths (remembered), and fits. */
export type ColumnKey =
  'num' | 'title' | 'lane' | 'kind' | 'tools' | 'process' | 'wait' | 'pct' | 'automation' | 'pain';

export interface Column {
  key: ColumnKey;
  label: string;
  /** Width in rem (for the title: the least it gets; it takes the space left over). */
  rem: number;
  resizable: boolean;
}

export const COLUMNS: Column[] = [
  { key: 'num', label: '#', rem: 2.9, resizable: false },
  { key: 'title', label: 'Step', rem: 16, resizable: true },
  { key: 'lane', label: 'Lane', rem: 9, resizable: true },
  { key: 'kind', label: 'Kind', rem: 7.5, resizable: true },
  { key: 'tools', label: 'Tools / systems', rem: 8.5, resizable: true },
  { key: 'process', label: 'Process time', rem: 7.5, resizable: true },
  { key: 'wait', label: 'Wait time', rem: 7, resizable: true },
  { key: 'pct', label: '%C&A', rem: 4.5, resizable: true },
  { key: 'automation', label: 'Manual?', rem: 7.5, resizable: true },
  { key: 'pain', label: 'Pain', rem: 3.2, resizable: false },
];

/**
 * With the details panel open, these columns fold into it (first the least needed) until the rest of
 * the row fits the table's width: the number, title and lane never fold.
 */
export const FOLD_ORDER: ColumnKey[] = ['automation', 'pct', 'tools', 'kind', 'pain', 'wait', 'process'];

/**
 * With the panel closed, the least a column shrinks to before any folds out of sight: still the
 * longest kind ("Approval"), a time as the table writes it ("2 h 20 min"), "Automated", "100".
 * The number, title and lane never shrink (titles and lanes are shown whole).
 */
export const LEAST_REM: Partial<Record<ColumnKey, number>> = {
  kind: 6.6,
  tools: 6.5,
  process: 6.3,
  wait: 6.3,
  pct: 3.8,
  automation: 7,
};

const KEY = 'triptych.stepColumns';
export const MIN_REM = 3;
export const MAX_REM = 40;

/**
 * A width (rem) that shows `chars` characters of an input's text whole, within [min, max]; `extra`
 * for what else the cell holds (a list input's picker arrow).
 */
export function fitRem(chars: number, min: number, max: number, extra = 0): number {
  return Math.min(max, Math.max(min, 1.8 + extra + chars * 0.58));
}

function stored(): Partial<Record<ColumnKey, number>> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Partial<Record<ColumnKey, number>>) : {};
  } catch {
    return {};
  }
}

/** Widths the facilitator set by dragging (or with the arrow keys); the others follow the content. */
class ColumnWidths {
  set = $state<Partial<Record<ColumnKey, number>>>(stored());

  resize(key: ColumnKey, rem: number) {
    this.set = { ...this.set, [key]: Math.min(MAX_REM, Math.max(MIN_REM, Math.round(rem * 10) / 10)) };
    localStorage.setItem(KEY, JSON.stringify(this.set));
  }

  reset() {
    this.set = {};
    localStorage.removeItem(KEY);
  }
}

export const columnWidths = new ColumnWidths();
