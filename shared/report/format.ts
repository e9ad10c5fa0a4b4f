import type { DateFormat } from './options.js';

/** Text for the report: fixed English month names, so the same data prints the same everywhere. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A `YYYY-MM-DD` date (or an ISO timestamp) in the chosen format; '' for none. */
export function formatDate(iso: string | null, format: DateFormat): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const month = MONTHS[Number(m) - 1] ?? m;
  const day = String(Number(d));
  switch (format) {
    case 'd MMMM yyyy':
      return `${day} ${month} ${y}`;
    case 'MMMM d, yyyy':
      return `${month} ${day}, ${y}`;
    case 'yyyy-MM-dd':
      return `${y}-${m}-${d}`;
    case 'dd/MM/yyyy':
      return `${d}/${m}/${y}`;
    case 'MM/dd/yyyy':
      return `${m}/${d}/${y}`;
  }
}

/** "January 2027" for a `YYYY-MM-DD` date; '' for none. */
export function formatMonth(iso: string | null): string {
  const match = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null;
  if (!match) return '';
  return `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

function round(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor);
}

/**
 * Minutes as a consultant says them: "30 min", "2.5 h", "3 d" (working days of `hoursPerDay`).
 * Null (nobody timed it) prints as an empty string, never as zero.
 */
export function formatMinutes(minutes: number | null, hoursPerDay: number): string {
  if (minutes === null || !Number.isFinite(minutes)) return '';
  const day = hoursPerDay * 60;
  if (minutes < 60) return `${round(minutes, 0)} min`;
  if (minutes < day) return `${round(minutes / 60, 1)} h`;
  return `${round(minutes / day, 1)} d`;
}

/** A ratio 0..1 as "12.5 %"; '' when unknown. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? '' : `${round(ratio * 100, 1)} %`;
}

/** "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 step", "2 steps". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
