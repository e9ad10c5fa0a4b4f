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
    // Process apart from technology: these took the future's virtual environment, not its process
    // (title and lane): changed, not as planned, with no process credit; the technology is partly adopted.
    expect(status(actual.requestVm)).toBe('modified');
    expect(status(actual.configureManually)).toBe('modified');
    expect(result.statuses.byStep[actual.configureManually ?? '']?.technology).toBe('partly_adopted');
    expect(status(actual.deploy)).toBe('kept');
    expect(status(future.selfService)).toBe('not_adopted');
    expect(status(future.provisionVm)).toBe('not_adopted');
    expect(status(current.rackAndInstall)).toBe('retired');
    expect(result.correspondence.byStep[future.selfService ?? '']).toMatchObject({
      merged: true,
      split: true,
    });
  });

  it('puts the process change realized at 10 %, and says the technology changed, the process did not', () => {
    // Process apart from technology (statuses compare title, lane and kind):
    // A: request form and both approvals unchanged (0); "Request VM" and "Configure VM manually" took
    //    only the environment (technology), none of the process the future changed: 0. A = 0 over 5.
    // F: self-service, provision and automated configuration not adopted: F = 0 over 3.
    // M: gap closure per process measure (manual steps and systems touched are technology measures):
    //    steps 1/3, lanes 1/3, handoffs 1/3, approvals 0, wait steps 1/5, process time 280/505,
    //    lead time 17560/26935, activity ratio 0.19216, PCE 0.21254, rolled %C&A 0.04665 → 0.285775.
    // realized = (0 + 0 + 0.285775) / 3 = 0.095258. (Before the split the environment move earned
    // process credit and the figure was 20 %.)
    const { verdict } = result;
    expect(verdict.parts.actualSteps).toEqual({ value: 0, counted: 5 });
    expect(verdict.parts.futureSteps).toEqual({ value: 0, counted: 3 });
    expect(verdict.parts.metrics?.counted).toBe(10);
    expect(verdict.parts.metrics?.value).toBeCloseTo(0.285775, 6);
    expect(verdict.realized).toBeCloseTo(0.095258, 5);
    expect(verdict).toMatchObject({ percent: 10, band: 'low', technologyChanged: true });
    expect(verdict.technology).toMatchObject({
      changedSteps: 2,
      comparedSteps: 8,
      environment: { from: 'physical', to: 'virtual', steps: 2 },
    });
    expect(verdict.sentence).toBe(
      'The technology changed: 2 of 8 steps now run virtual. The process did not: 10 % of the planned change happened.',
    );
    expect(verdict.evidence.unchangedSteps).toEqual([
      actual.requestForm,
      actual.managerApproval,
      actual.financeApproval,
      actual.requestVm,
      actual.configureManually,
    ]);
    expect(verdict.evidence.futureNotAdopted).toEqual([
      future.selfService,
      future.provisionVm,
      future.automatedConfig,
    ]);
    expect(verdict.evidence.metricsNotMoved).toEqual(['approvals']);
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
