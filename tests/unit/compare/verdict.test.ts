import { describe, expect, it } from 'vitest';
import { bandOf, compareWorkshop, coverageText } from '../../../shared/compare/index.js';
import type { StepInput } from './build.js';
import { ID_TITLED, buildMaps, copySteps } from './build.js';

const CURRENT: StepInput[] = [
  { id: 'r', lane: 'Requester', tools: ['Form'], processMinutes: 30, waitMinutes: 60 },
  { id: 'm', lane: 'Manager', kind: 'approval', tools: ['Email'], processMinutes: 10, waitMinutes: 1440 },
  {
    id: 'p',
    lane: 'Infra',
    tools: ['Shell'],
    environment: 'physical',
    processMinutes: 120,
    waitMinutes: 480,
  },
];
const FUTURE: StepInput[] = [
  { id: 'fr', lane: 'Requester', tools: ['Portal'], processMinutes: 5, waitMinutes: 0, originStepId: 'cr' },
  {
    id: 'fp',
    lane: 'Platform',
    tools: ['Ansible'],
    environment: 'virtual',
    processMinutes: 10,
    waitMinutes: 10,
    originStepId: 'cp',
  },
];
const current = copySteps(CURRENT, 'c', null);
const untimed = (steps: StepInput[]) => steps.map((s) => ({ ...s, processMinutes: null, waitMinutes: null }));

function verdictOf(spec: Parameters<typeof buildMaps>[0]) {
  return compareWorkshop({ maps: buildMaps(spec), links: [], options: ID_TITLED }).verdict;
}

describe('verdict', () => {
  it('is 0 % when actual equals current', () => {
    const verdict = verdictOf({ current, future: FUTURE, actual: copySteps(CURRENT, 'a', 'c') });
    expect(verdict).toMatchObject({
      realized: 0,
      percent: 0,
      band: 'unchanged',
      reason: null,
      technologyChanged: false,
    });
    expect(verdict.parts).toEqual({
      actualSteps: { value: 0, counted: 3 },
      futureSteps: { value: 0, counted: 2 },
      // steps, lanes, handoffs, approvals, wait steps, process and lead time, activity ratio (PCE and
      // rolled %C&A are unknown: no value class, no %C&A; systems touched is a technology measure now)
      metrics: { value: 0, counted: 8 },
    });
    expect(verdict.sentence).toBe(
      'The actual process is unchanged from the current one: none of the planned change has happened.',
    );
    expect(verdict.evidence.unchangedSteps).toEqual(['ar', 'am', 'ap']);
    expect(verdict.evidence.futureNotAdopted).toEqual(['fr', 'fp']);
  });

  it('is 100 % when actual equals future', () => {
    const actual = FUTURE.map((s) => ({ ...s, id: `a${s.id}`, originStepId: s.id }));
    const verdict = verdictOf({ current, future: FUTURE, actual });
    expect(verdict).toMatchObject({ realized: 1, percent: 100, band: 'complete', technologyChanged: true });
    // The sentence is built from both figures: the technology moved (physical → virtual) too.
    expect(verdict.sentence).toBe(
      'The technology changed: 1 of 2 steps now run virtual. The actual process is the future process: the planned change is fully realized.',
    );
    expect(verdict.evidence.lines).toEqual([]);
  });

  it('is undefined, not NaN, when all states are empty', () => {
    const verdict = verdictOf({});
    expect(verdict).toMatchObject({ realized: null, percent: null, band: null, reason: 'empty' });
    expect(verdict.sentence).toBe('There is nothing to compare yet: all three maps are empty.');
  });

  it('says so when the future plans no change', () => {
    const actual = [{ ...FUTURE[0]!, id: 'a1' }];
    const verdict = verdictOf({ current, future: copySteps(CURRENT, 'f', 'c'), actual });
    expect(verdict).toMatchObject({ realized: null, reason: 'no_planned_change', band: null });
    expect(verdict.parts).toEqual({ actualSteps: null, futureSteps: null, metrics: null });
    expect(verdict.sentence).toContain('plans no change');
  });

  it('says when there is nothing to measure', () => {
    // The future only speeds c1 up; actual is an untimed workaround.
    const verdict = verdictOf({
      current: [{ id: 'c1', processMinutes: 10 }],
      future: [{ id: 'f1', processMinutes: 5, originStepId: 'c1' }],
      actual: [{ id: 'a1' }],
    });
    expect(verdict).toMatchObject({ realized: null, reason: 'no_data' });
    expect(verdict.evidence.workarounds).toEqual(['a1']);
  });

  it('works from untimed steps, leaving out time measures actual lacks', () => {
    // actual: r adopted (1), m and p unchanged (0) → A = 1/3; future: fr adopted, fp not → F = 1/2.
    // Measures (untimed actual): steps 3→2 (actual 3), lanes 3→2 (3), handoffs 2→1 (2), approvals
    // 1→0 (1), wait steps 3→1 (0 in actual, beyond future: 1); systems touched is technology and no
    // longer counts → M = 1/5. Realized = (1/3 + 1/2 + 1/5) / 3 = 31/90.
    // Wait steps overshoot: gap closure (0 − 3) / (1 − 3) = 1.5, named as such.
    const actual = [
      { id: 'ar', lane: 'Requester', tools: ['Portal'], originStepId: 'cr' },
      ...copySteps(untimed(CURRENT.slice(1)), 'a', 'c'),
    ];
    const result = compareWorkshop({
      maps: buildMaps({ current, future: FUTURE, actual }),
      links: [],
      options: ID_TITLED,
    });
    const { verdict } = result;
    expect(verdict.parts.actualSteps?.value).toBeCloseTo(1 / 3, 10);
    expect(verdict.parts.futureSteps).toEqual({ value: 0.5, counted: 2 });
    expect(verdict.parts.metrics?.value).toBeCloseTo(1 / 5, 10);
    expect(verdict.parts.metrics?.counted).toBe(5);
    expect(verdict.measures.find((m) => m.key === 'waitSteps')).toMatchObject({
      closure: 1.5,
      note: 'overshoot',
    });
    expect(verdict.realized).toBeCloseTo(31 / 90, 10);
    expect(verdict).toMatchObject({ percent: 34, band: 'partial' });
    expect(verdict.sentence).toContain(
      'The actual process has partly changed: it is 34 % of the way from the current process to the future one.',
    );
    expect(coverageText(result.metrics.byState.actual.leadMinutes.coverage)).toBe('0 of 3 steps timed');
    expect(verdict.evidence.metricsNotMoved).toEqual(['steps', 'lanes', 'handoffs', 'approvals']);
  });

  it('says "largely the future process" above 75 %', () => {
    const steps = (prefix: string, tool: (i: number) => string, origin: string | null) =>
      [1, 2, 3, 4, 5].map((i) => ({
        id: `${prefix}${i}`,
        lane: 'Team',
        tools: [tool(i)],
        originStepId: origin && `${origin}${i}`,
      }));
    const actual = steps('a', (i) => (i < 5 ? `new${i}` : 'old5'), 'c');
    // 4 of 5 adopted on both sides, no measure differs: (4/5 + 4/5) / 2 = 80 %.
    const verdict = verdictOf({
      current: steps('c', (i) => `old${i}`, null),
      future: steps('f', (i) => `new${i}`, 'c'),
      actual,
    });
    expect(verdict).toMatchObject({ percent: 80, band: 'high', parts: { metrics: null } });
    expect(verdict.sentence).toBe(
      'The technology changed in 4 of 5 steps. The actual process is largely the future process: 80 % of the planned change is realized.',
    );
  });

  it('says "still X % the current one" below 25 %, naming a technology change only if there was one', () => {
    const steps = (prefix: string, lane: (i: number) => string, origin: string | null) =>
      [1, 2, 3, 4, 5].map((i) => ({
        id: `${prefix}${i}`,
        lane: lane(i),
        originStepId: origin && `${origin}${i}`,
      }));
    // Future moves every step to a new lane (lanes 5→5, handoffs 4→4: no measure differs); actual moves one.
    const maps = { current: steps('c', (i) => `L${i}`, null), future: steps('f', (i) => `N${i}`, 'c') };
    const verdict = verdictOf({ ...maps, actual: steps('a', (i) => (i === 1 ? 'N1' : `L${i}`), 'c') });
    expect(verdict).toMatchObject({ percent: 20, band: 'low', technologyChanged: false });
    expect(verdict.sentence).toBe(
      'The actual process is still 80 % the current one: little of the planned change has happened.',
    );
  });

  it('bands the figure', () => {
    expect([0, 1, 24, 25, 75, 76, 99, 100].map(bandOf)).toEqual([
      'unchanged',
      'low',
      'low',
      'partial',
      'partial',
      'high',
      'high',
      'complete',
    ]);
  });
});
