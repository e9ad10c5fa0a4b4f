/**
 * Durations in the units a client reads: elapsed calendar time. The maps are timed in working
 * time (`hoursPerDay` a day, five days a week); a lead time of 10 working days is two calendar weeks.
 */
export const CALENDAR_NOTE =
  'Lead times are elapsed calendar time (five working days a week); process times are hands-on working time.';

function round(value: number): number {
  return value >= 10 ? Math.round(value) : Math.round(value * 2) / 2;
}

function unit(value: number, one: string): string {
  const r = round(value);
  return `${r} ${one}${r === 1 ? '' : 's'}`;
}

/** Elapsed time: "3 weeks", "4 days", "5 hours"; '' when unknown. */
export function calendarTime(minutes: number | null, hoursPerDay: number): string {
  if (minutes === null || !Number.isFinite(minutes)) return '';
  const workingDays = minutes / (hoursPerDay * 60);
  if (workingDays < 1) return minutes < 60 ? unit(minutes, 'minute') : unit(minutes / 60, 'hour');
  const days = (workingDays * 7) / 5;
  return days >= 14 ? unit(days / 7, 'week') : unit(days, 'day');
}

/** Hands-on time: "45 minutes", "6 hours", "3 days" of work. */
export function workTime(minutes: number | null, hoursPerDay: number): string {
  if (minutes === null || !Number.isFinite(minutes)) return '';
  if (minutes < 60) return unit(minutes, 'minute');
  if (minutes < hoursPerDay * 60) return unit(minutes / 60, 'hour');
  return unit(minutes / (hoursPerDay * 60), 'working day');
}

/** The whole-process times the summary, the charts and the measures tables print. */
export type ClientTimeKey = 'leadMinutes' | 'processMinutes';

export function isClientTime(key: string): key is ClientTimeKey {
  return key === 'leadMinutes' || key === 'processMinutes';
}

/** Lead time in calendar time, process time in hands-on time: the one rule for every printed figure. */
export function clientTime(key: ClientTimeKey, minutes: number | null, hoursPerDay: number): string {
  return key === 'leadMinutes' ? calendarTime(minutes, hoursPerDay) : workTime(minutes, hoursPerDay);
}

/** A change between two figures in the same units: "−4 weeks", "+2 hours"; '' when unknown or none. */
export function clientChange(
  key: ClientTimeKey,
  from: number | null,
  to: number | null,
  hoursPerDay: number,
): string {
  if (from === null || to === null || from === to) return '';
  return `${to < from ? '−' : '+'}${clientTime(key, Math.abs(to - from), hoursPerDay)}`;
}
