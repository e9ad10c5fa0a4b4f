import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type SuggestionMark, carryMarks } from '../../../shared/domain/suggestion-marks.js';

const [a, b, gone, f] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const steps = new Set([a, b]);
const findings = new Set([f]);
const mark = (key: string, decision: SuggestionMark['decision'], findingId: string | null = null) => ({
  key,
  decision,
  findingId,
});

describe('carryMarks', () => {
  it('renames the steps in a key and the finding of an acceptance, and keeps a measure’s name', () => {
    const rename = (id: string) => `new-${id}`;
    expect(
      carryMarks(
        [
          mark(`link:${a}:${b}`, 'rejected'),
          mark(`workaround:${a}`, 'accepted', f),
          mark('metric-above-future:leadMinutes', 'rejected'),
        ],
        steps,
        findings,
        rename,
      ),
    ).toEqual([
      mark(`link:new-${a}:new-${b}`, 'rejected'),
      mark(`workaround:new-${a}`, 'accepted', `new-${f}`),
      mark('metric-above-future:leadMinutes', 'rejected'),
    ]);
  });

  it('drops a decision naming a step or finding that is gone, and an acceptance with no finding', () => {
    expect(
      carryMarks(
        [
          mark(`link:${a}:${gone}`, 'rejected'),
          mark(`workaround:${b}`, 'accepted', randomUUID()),
          mark(`partly-adopted:${b}`, 'accepted', null),
          mark(`workaround:${a}`, 'rejected', f),
        ],
        steps,
        findings,
      ),
    ).toEqual([mark(`workaround:${a}`, 'rejected')]);
  });
});
