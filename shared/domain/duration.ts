/**
 * Durations as people say them in the room ("15m", "2 hours", "1h30", "1,5 d") to minutes and back.
 * Days are working days of the workshop's length; a week is five working days.
 */

export type DurationResult = { ok: true; minutes: number | null } | { ok: false; message: string };

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week';

const UNIT_WORDS: Record<Unit, string[]> = {
  second: [
    ...['s', 'sec', 'secs', 'second', 'seconds'],
    ...['sek', 'sekunde', 'sekunden', 'seconde', 'secondes', 'segundo', 'segundos', 'seconden'],
  ],
  minute: [...['m', 'mn', 'min', 'mins', 'minute', 'minutes'], ...['minuten', 'minuto', 'minutos', 'minuut']],
  hour: [
    ...['h', 'hr', 'hrs', 'hour', 'hours'],
    ...['std', 'stunde', 'stunden', 'heure', 'heures', 'hora', 'horas', 'u', 'uur', 'uren'],
  ],
  day: [
    ...['d', 'day', 'days'],
    ...['t', 'tag', 'tage', 'tagen', 'j', 'jour', 'jours', 'día', 'días', 'dia', 'dias', 'dag', 'dagen'],
  ],
  week: [
    ...['w', 'wk', 'wks', 'week', 'weeks'],
    ...['wo', 'woche', 'wochen', 'sem', 'semaine', 'semaines', 'semana', 'semanas', 'weken'],
  ],
};

/** Unit words in English, German, French, Spanish and Dutch ("3 Tage", "2 Std.", "3 jours", "2 uur"). */
const UNITS: Record<string, Unit> = Object.fromEntries(
  (Object.entries(UNIT_WORDS) as [Unit, string[]][]).flatMap(([unit, words]) => words.map((w) => [w, unit])),
);

/** Beyond this (about 19 years of minutes) a value is a typo, not a duration. */
const MAX_MINUTES = 10_000_000;

const PART = /^(\d+(?:\.\d*)?|\.\d+)\s*(\p{L}*)\.?\s*/u;

function perUnit(unit: Unit, hoursPerDay: number): number {
  switch (unit) {
    case 'second':
      return 1 / 60;
    case 'minute':
      return 1;
    case 'hour':
      return 60;
    case 'day':
      return hoursPerDay * 60;
    case 'week':
      return 5 * hoursPerDay * 60;
  }
}

const tidy = (n: number) => Math.round(n * 1000) / 1000;

function invalid(text: string): DurationResult {
  return { ok: false, message: `"${text.trim()}" is not a duration; write e.g. 15m, 2h, 1h30 or 1.5d.` };
}

/** Parses a duration into minutes; blank means untimed (null). */
export function parseDuration(text: string, hoursPerDay: number): DurationResult {
  let rest = text
    .trim()
    .toLowerCase()
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/,|\b(?:and|und|et|y|en)\b|\+/g, ' ')
    .trim();
  if (rest === '') return { ok: true, minutes: null };
  if (rest.startsWith('-')) return { ok: false, message: 'A duration cannot be negative.' };

  // "1:15" and spreadsheets' "1:15:00" (h:mm:ss).
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?$/.exec(rest);
  if (clock)
    return { ok: true, minutes: tidy(Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60) };

  let total = 0;
  let previous: Unit | 'bare' | null = null;
  while (rest !== '') {
    const match = PART.exec(rest);
    if (!match) return invalid(text);
    const value = Number(match[1]);
    const word = match[2] ?? '';
    if (word === '') {
      // A bare number is minutes on its own, or the minutes after hours ("1h30").
      if (previous !== null && previous !== 'hour') return invalid(text);
      total += value;
      previous = 'bare';
    } else {
      const unit = UNITS[word];
      if (!unit || previous === 'bare') return invalid(text);
      total += value * perUnit(unit, hoursPerDay);
      previous = unit;
    }
    rest = rest.slice(match[0].length);
  }
  if (total > MAX_MINUTES)
    return { ok: false, message: `"${text.trim()}" is too long to be a step duration.` };
  return { ok: true, minutes: tidy(total) };
}

/** Formats minutes as "1 d 2 h", "2 h 30 min" or "45 min"; parseDuration reads it back exactly. */
export function formatDuration(minutes: number, hoursPerDay: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return '0 min';
  const day = hoursPerDay * 60;
  const days = Math.floor(minutes / day + 1e-9);
  let rest = tidy(minutes - days * day);
  const hours = Math.floor(rest / 60 + 1e-9);
  rest = tidy(rest - hours * 60);
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (rest > 0 || parts.length === 0) parts.push(`${rest} min`);
  return parts.join(' ');
}
