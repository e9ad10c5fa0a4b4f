import { formatDate, formatMonth } from './format.js';
import type { DateFormat } from './options.js';

/** How finely a roadmap splits time: by due date itself, or by week, month, quarter or year. */
export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Period {
  /** Sorts in time order; actions with no due date sort last. */
  key: string;
  label: string;
}

const UNITS: readonly PeriodUnit[] = ['day', 'week', 'month', 'quarter', 'year'];
const QUARTERS = ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec'];
export const NO_DATE: Period = { key: '~', label: 'No date yet' };

const pad = (n: number) => String(n).padStart(2, '0');

/** The Monday of a `YYYY-MM-DD` date's week, as `YYYY-MM-DD`. */
function monday(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The period a due date falls in; "No date yet" for none (or a date that does not parse). */
export function periodOf(due: string | null, unit: PeriodUnit, format: DateFormat): Period {
  const m = due ? /^(\d{4})-(\d{2})-(\d{2})/.exec(due) : null;
  if (!m) return NO_DATE;
  const [, y, mo] = m as unknown as [string, string, string];
  const iso = m[0];
  switch (unit) {
    case 'day':
      return { key: iso, label: formatDate(iso, format) };
    case 'week': {
      const start = monday(iso);
      return { key: start, label: `Week of ${formatDate(start, format)}` };
    }
    case 'month':
      return { key: `${y}-${mo}`, label: formatMonth(iso) };
    case 'quarter': {
      const q = Math.floor((Number(mo) - 1) / 3);
      return { key: `${y}-Q${q + 1}`, label: `Q${q + 1} ${y} (${QUARTERS[q]})` };
    }
    case 'year':
      return { key: y, label: y };
  }
}

/**
 * The finest unit in which the due dates fall in at most `max` periods: a few dates are named as
 * they are, a month of dates goes by week, a year by month or quarter. Years when nothing finer fits.
 */
export function periodUnit(dues: readonly (string | null)[], max: number, format: DateFormat): PeriodUnit {
  const dated = dues.filter((d): d is string => d !== null);
  for (const unit of UNITS) {
    const keys = new Set(dated.map((d) => periodOf(d, unit, format).key));
    if (keys.size <= max) return unit;
  }
  return 'year';
}
