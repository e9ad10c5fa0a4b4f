import { describe, expect, it } from 'vitest';
import { buildCorrespondence, indexSteps, suggestCounterparts } from '../../../shared/compare/index.js';
import type { SuggestOptions } from '../../../shared/compare/index.js';
import type { StepInput } from './build.js';
import { buildMaps } from './build.js';

const CURRENT: StepInput[] = [
  { id: 'c1', title: 'Submit hardware request form', lane: 'Requester', tools: ['Form', 'Email'] },
  { id: 'c2', title: 'Manager approval', lane: 'Manager', tools: ['Email'] },
  { id: 'c3', title: 'Configure server', lane: 'Infra', tools: ['Shell'] },
  { id: 'c4', title: 'Test', lane: 'QA' },
  { id: 'c5', title: 'Test', lane: 'QA' },
];
const ACTUAL: StepInput[] = [
  { id: 'a1', title: 'Submit request form', lane: 'Requester', tools: ['Form'] },
  { id: 'a2', title: 'Approval by the manager', lane: 'Manager', tools: ['email'] },
  { id: 'a3', title: 'test', lane: 'qa' },
  { id: 'a4', title: 'Configure server', lane: 'Infra', tools: ['Shell'], originStepId: 'c3' },
];

function suggest(options?: SuggestOptions, actual = ACTUAL) {
  const index = indexSteps(buildMaps({ current: CURRENT, actual }));
  const all = suggestCounterparts(index, buildCorrespondence(index, []), options);
  return (stepId: string) => all.find((s) => s.stepId === stepId && s.targetState === 'current')?.candidates;
}

describe('suggestCounterparts', () => {
  it('scores title, lane and tools, with reasons', () => {
    // Title Dice {submit, request, form} vs {submit, hardware, request, form} = 6/7; same lane = 1;
    // tools Jaccard {form} vs {form, email} = 1/2; no descriptions, so weights 0.5 + 0.15 + 0.2:
    // (0.5 × 6/7 + 0.15 + 0.2 × 0.5) / 0.85 = 0.798
    expect(suggest()('a1')).toEqual([
      {
        stepId: 'c1',
        score: 0.798,
        reasons: ['similar title', 'same lane: Requester', 'shared tools: Form'],
      },
    ]);
    // "by" and "the" are stop words: the titles share both words.
    expect(suggest()('a2')).toEqual([
      { stepId: 'c2', score: 1, reasons: ['similar title', 'same lane: Manager', 'shared tools: email'] },
    ]);
  });

  it('ranks by score, then flow order, and honours threshold and limit', () => {
    expect(suggest()('a3')?.map((c) => [c.stepId, c.score, c.reasons])).toEqual([
      ['c4', 1, ['same title', 'same lane: qa']],
      ['c5', 1, ['same title', 'same lane: qa']],
    ]);
    expect(suggest({ limit: 1 })('a3')?.map((c) => c.stepId)).toEqual(['c4']);
    // a2 shares only a tool with c1: Jaccard {email} vs {form, email} = 1/2 → 0.2 × 0.5 / 0.85 = 0.118
    expect(suggest({ threshold: 0.1 })('a2')?.map((c) => [c.stepId, c.score])).toEqual([
      ['c2', 1],
      ['c1', 0.118],
    ]);
    expect(suggest({ threshold: 1.01 })('a1')).toBeUndefined();
  });

  it('leaves linked steps alone and is deterministic', () => {
    expect(suggest()('a4')).toBeUndefined();
    const index = indexSteps(buildMaps({ current: CURRENT, actual: ACTUAL }));
    const correspondence = buildCorrespondence(index, []);
    expect(suggestCounterparts(index, correspondence)).toEqual(suggestCounterparts(index, correspondence));
    // c3 is linked to a4, so it gets no suggestion towards actual; c1 does.
    const fromCurrent = suggestCounterparts(index, correspondence).filter((s) => s.state === 'current');
    expect(fromCurrent.map((s) => s.stepId)).toEqual(['c1', 'c2', 'c4', 'c5']);
    expect(fromCurrent[0]).toMatchObject({
      targetState: 'actual',
      candidates: [{ stepId: 'a1', score: 0.798 }],
    });
  });
});
