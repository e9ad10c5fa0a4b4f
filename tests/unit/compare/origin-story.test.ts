import { describe, expect, it } from 'vitest';
import { compareWorkshop } from '../../../shared/compare/index.js';
import { originStory } from '../../fixtures/origin-story.js';

describe('the origin story: new technology, old process', () => {
  const story = originStory();
  const result = compareWorkshop({ maps: story.maps, links: story.links });
  const { current, future, actual } = story.ids;
  const status = (id: string | undefined) => result.statuses.byStep[id ?? '']?.status;

  it('finds the old steps still in place', () => {
    expect(status(actual.requestForm)).toBe('unchanged');
    expect(status(actual.managerApproval)).toBe('unchanged');
    expect(status(actual.financeApproval)).toBe('unchanged');
    expect(status(actual.requestVm)).toBe('partly_adopted');
    expect(status(actual.configureManually)).toBe('partly_adopted');
    expect(status(actual.deploy)).toBe('kept');
    expect(status(future.selfService)).toBe('not_adopted');
    expect(status(future.provisionVm)).toBe('partly_adopted');
    expect(status(current.rackAndInstall)).toBe('retired');
    expect(result.correspondence.byStep[future.selfService ?? '']).toMatchObject({
      merged: true,
      split: true,
    });
  });

  it('puts the change realized at 20 %, and says the process did not change', () => {
    // A: request form and both approvals unchanged (0); "Request VM" and "Configure VM manually" took
    //    1 of the 3 fields the future changed (environment, not lane or tools): (0+0+0+1/3+1/3)/5 = 2/15.
    // F: self-service 0, provision 1/3, automated configuration 1/3: 2/9. (Deploy, test, go-live are
    //    the same in all three states and do not count.)
    // M: position of actual between current and future, per measure (current, future, actual):
    //    steps 9,6,8 → 1/3; lanes 6,3,5 → 1/3; handoffs 5,2,4 → 1/3; approvals 2,0,2 → 0;
    //    manual 9,3,8 → 1/6; systems 8,7,8 → 0; wait steps 9,4,8 → 1/5;
    //    process time 740,235,460 → 280/505; lead time 29360,2425,11800 → 17560/26935;
    //    activity ratio 740/29360, 235/2425, 460/11800 → 0.19216;
    //    PCE 510/29360, 105/2425, 270/11800 → 0.21254;
    //    rolled %C&A 0.35902, 0.73903, 0.37675 → 0.04665;  mean of the 12 = 0.252035.
    // realized = (2/15 + 2/9 + 0.252035) / 3 = 0.202530.
    const { verdict } = result;
    expect(verdict.parts.actualSteps).toEqual({ value: 2 / 15, counted: 5 });
    expect(verdict.parts.futureSteps).toEqual({ value: 2 / 9, counted: 3 });
    expect(verdict.parts.metrics?.counted).toBe(12);
    expect(verdict.parts.metrics?.value).toBeCloseTo(0.252035, 6);
    expect(verdict.realized).toBeCloseTo(0.20253, 5);
    expect(verdict).toMatchObject({ percent: 20, band: 'low', technologyChanged: true });
    expect(verdict.sentence).toBe(
      'The actual process is still 80 % the current one: the technology changed, the process did not.',
    );
    expect(verdict.evidence.unchangedSteps).toEqual([
      actual.requestForm,
      actual.managerApproval,
      actual.financeApproval,
    ]);
    expect(verdict.evidence.futureNotAdopted).toEqual([future.selfService]);
    expect(verdict.evidence.metricsNotMoved).toEqual(['approvals', 'systemsTouched']);
    expect(verdict.evidence.lines).toContain('Approvals: 2 in current, 2 in actual (future: 0).');
  });

  it('computes the measures of each state', () => {
    const { byState, deltas } = result.metrics;
    expect(byState.current).toMatchObject({ steps: 9, handoffs: 5, approvals: 2, manualSteps: 9 });
    expect(byState.current.leadMinutes).toEqual({ value: 29360, coverage: { timed: 9, of: 9 } });
    expect(byState.actual.leadMinutes.value).toBe(11800);
    expect(deltas.realized.leadMinutes.percent).toBeCloseTo(((11800 - 29360) / 29360) * 100, 10);
    expect(deltas.gap.approvals).toEqual({ from: 0, to: 2, absolute: 2, percent: null });
  });

  it('suggests findings about the kept approvals', () => {
    const keys = result.findings.map((f) => f.key);
    expect(keys).toContain(`future-design-not-used:${actual.managerApproval}`);
    expect(keys).toContain('metric-above-future:approvals');
    expect(result.findings[0]?.severity).toBe('high');
  });
});
