import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../shared/domain/duration.js';

const minutes = (text: string, hoursPerDay = 8) => {
  const r = parseDuration(text, hoursPerDay);
  if (!r.ok) throw new Error(r.message);
  return r.minutes;
};

describe('parseDuration', () => {
  it.each([
    ['15m', 15],
    ['15 min', 15],
    ['15 mins', 15],
    ['15 minutes', 15],
    ['45', 45],
    ['2h', 120],
    ['2 hours', 120],
    ['2 hrs.', 120],
    ['1h30', 90],
    ['1h30m', 90],
    ['1 h 30', 90],
    ['1:30', 90],
    ['1 hour and 30 minutes', 90],
    ['3d', 3 * 8 * 60],
    ['1.5 days', 1.5 * 8 * 60],
    ['1,5 d', 1.5 * 8 * 60],
    ['1 d 2 h', 600],
    ['1 day, 2 hours', 600],
    ['2w', 2 * 5 * 8 * 60],
    ['.5h', 30],
    ['90s', 1.5],
    ['  2H  ', 120],
    ['0', 0],
  ])('reads %j as %d minutes', (text, expected) => {
    expect(minutes(text)).toBe(expected);
  });

  it('reads a blank as untimed', () => {
    expect(minutes('')).toBeNull();
    expect(minutes('   ')).toBeNull();
  });

  it("uses the workshop's working day", () => {
    expect(minutes('1d', 7.5)).toBe(450);
    expect(minutes('2 days', 6)).toBe(720);
    expect(minutes('1 week', 7)).toBe(5 * 7 * 60);
  });

  it('avoids floating-point noise', () => {
    expect(minutes('1.1h')).toBe(66);
    expect(minutes('0.1 d')).toBe(48);
  });

  it.each(['abc', '2 hourz', '-5m', '5m 3', '30 1h', '1d4', '1, 2', 'h', '1e5', '2 h h', '99999999 d'])(
    'refuses %j with a message',
    (text) => {
      const r = parseDuration(text, 8);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
    },
  );

  it('suggests what to write', () => {
    expect(parseDuration('soon', 8)).toEqual({
      ok: false,
      message: '"soon" is not a duration; write e.g. 15m, 2h, 1h30 or 1.5d.',
    });
    expect(parseDuration('-1h', 8)).toEqual({ ok: false, message: 'A duration cannot be negative.' });
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [150, '2 h 30 min'],
    [480, '1 d'],
    [600, '1 d 2 h'],
    [605, '1 d 2 h 5 min'],
    [7.5, '7.5 min'],
  ])('formats %d minutes as %j', (value, text) => {
    expect(formatDuration(value, 8)).toBe(text);
  });

  it('uses the working day', () => {
    expect(formatDuration(450, 7.5)).toBe('1 d');
    expect(formatDuration(500, 7.5)).toBe('1 d 50 min');
  });

  it('reads back exactly what it writes', () => {
    for (const hoursPerDay of [8, 7.5, 6, 24])
      for (const value of [0, 1, 0.5, 59, 61, 479, 480, 481, 100.335, 12345.678, 20 * 8 * 60])
        expect(minutes(formatDuration(value, hoursPerDay), hoursPerDay)).toBe(value);
  });
});
