/**
 * Durations in the units a client reads: elapsed calendar time. The maps are timed in working
 * time (`hoursPerDay` a day, five days a week); a lead time of 10 working days is two calendar weeks.
 */
export const CALENDAR_NOTE =
  'Lead times are elapsed calendar time (five working days a week); process times are hands-on working time.';

function round(value: number): number {
  return value >= 10 ? Math.round(value) : Math.round(value * 2) / 2;
}

/** A unit to print a duration in, and how many (working) minutes make one. */
interface Scale {
  one: string;
  minutes: number;
}

function unit(minutes: number, scale: Scale): string {
  const r = round(minutes / scale.minutes);
  return `${r} ${scale.one}${r === 1 ? '' : 's'}`;
}

/** Weeks from two calendar weeks, then days from one working day, then hours and minutes. */
function calendarScale(minutes: number, hoursPerDay: number): Scale {
  const day = hoursPerDay * 60;
  if (minutes < 60) return { one: 'minute', minutes: 1 };
  if (minutes < day) return { one: 'hour', minutes: 60 };
  // Five working days make seven calendar days.
  const calendarDay = (day * 5) / 7;
  return minutes / calendarDay >= 14
    ? { one: 'week', minutes: calendarDay * 7 }
    : { one: 'day', minutes: calendarDay };
}

function workScale(minutes: number, hoursPerDay: number): Scale {
  if (minutes < 60) return { one: 'minute', minutes: 1 };
  if (minutes < hoursPerDay * 60) return { one: 'hour', minutes: 60 };
  return { one: 'working day', minutes: hoursPerDay * 60 };
}

const known = (minutes: number | null): minutes is number => minutes !== null && Number.isFinite(minutes);

/** Elapsed time: "3 weeks", "4 days", "5 hours"; '' when unknown. */
export function calendarTime(minutes: number | null, hoursPerDay: number): string {
  return known(minutes) ? unit(minutes, calendarScale(minutes, hoursPerDay)) : '';
}

/** Hands-on time: "45 minutes", "6 hours", "3 working days". */
export function workTime(minutes: number | null, hoursPerDay: number): string {
  return known(minutes) ? unit(minutes, workScale(minutes, hoursPerDay)) : '';
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

/**
 * A change between two figures: "−2 weeks", "+2 hours"; '' when unknown or none. It is given in
 * the unit of the larger figure, so that it reads as their difference ("3 weeks" to "7 days" is
 * "−2 weeks", not "−13 days"), unless that rounds to nothing.
 */
export function clientChange(
  key: ClientTimeKey,
  from: number | null,
  to: number | null,
  hoursPerDay: number,
): string {
  if (!known(from) || !known(to) || from === to) return '';
  const size = Math.abs(to - from);
  const scale = (key === 'leadMinutes' ? calendarScale : workScale)(Math.max(from, to), hoursPerDay);
  const text = round(size / scale.minutes) > 0 ? unit(size, scale) : clientTime(key, size, hoursPerDay);
  return `${to < from ? '−' : '+'}${text}`;
}
