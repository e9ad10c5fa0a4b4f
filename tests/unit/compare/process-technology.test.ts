/**
 * Constructed cases with no lineage and no manual link: every correspondence is automatic, and the
 * process is judged apart from the technology.
 */
import { describe, expect, it } from 'vitest';
import { compareWorkshop, delta, metricValue } from '../../../shared/compare/index.js';
import type { StepInput } from './build.js';
import { buildMaps } from './build.js';

const step = (id: string, lane: string, title: string, extra: Partial<StepInput> = {}): StepInput => ({
  id,
  lane,
  title,
  ...extra,
});
const CURRENT: StepInput[] = [
  step('c1', 'Requester', 'Submit server request'),
  step('c2', 'Manager', 'Approve server request', { kind: 'approval' }),
  step('c3', 'Finance', 'Approve budget', { kind: 'approval' }),
  step('c4', 'Infrastructure', 'Rack and cable server'),
  step('c5', 'Infrastructure', 'Install operating system'),
  step('c6', 'Application team', 'Deploy application'),
].map((s) => ({ ...s, environment: 'physical' as const }));
const FUTURE: StepInput[] = [
  step('f1', 'Requester', 'Submit server request'),
  step('f2', 'Platform', 'Check request automatically'),
  step('f3', 'Platform', 'Provision server from template'),
  step('f4', 'Platform', 'Configure monitoring'),
  step('f5', 'Application team', 'Deploy application'),
  step('f6', 'Application team', 'Run smoke tests'),
].map((s) => ({ ...s, environment: 'virtual' as const }));

function compare(spec: Parameters<typeof buildMaps>[0]) {
  return compareWorkshop({ maps: buildMaps(spec), links: [] });
}

describe('process apart from technology, without lineage', () => {
  it('actual = current with only the environment changed: process 0 %, technology 100 %', () => {
    const actual = CURRENT.map((s) => ({
      ...s,
      id: s.id.replace('c', 'a'),
      environment: 'virtual' as const,
    }));
    const { verdict, statuses, automatic } = compare({ current: CURRENT, future: FUTURE, actual });
    expect(automatic.length).toBeGreaterThan(0);
    expect(verdict.realized).toBe(0);
    expect(verdict.technology.realized).toBe(1);
    expect(statuses.byStep.a2).toMatchObject({ status: 'unchanged', technology: 'adopted' });
    expect(verdict.sentence).toBe(
      'The technology changed: 6 of 6 steps now run virtual. The process did not: 0 % of the planned change happened.',
    );
  });

  it('actual = future retyped with small wording changes and two steps swapped: process ≥ 90 %', () => {
    const retyped = [
      'Submit the server request',
      'Check the request automatically',
      'Provision servers from a template',
    ];
    const actual = FUTURE.map((s, i) => ({ ...s, id: `a${i + 1}`, title: retyped[i] ?? `${s.title}.` }));
    [actual[1], actual[2]] = [actual[2]!, actual[1]!];
    const { verdict, statuses } = compare({ current: CURRENT, future: FUTURE, actual });
    expect(verdict.realized).toBeGreaterThanOrEqual(0.9);
    expect(statuses.byStep.a2?.comparedWith).toBe('f2');
    expect(statuses.byStep.a3?.comparedWith).toBe('f3');
    expect(Object.values(statuses.byStep).filter((s) => s.status === 'workaround')).toEqual([]);
  });

  it('half the future steps adopted: between 30 and 70 %', () => {
    const actual = [
      step('a1', 'Requester', 'Submit server request'),
      step('a2', 'Manager', 'Approve server request', { kind: 'approval' }),
      step('a3', 'Finance', 'Approve budget', { kind: 'approval' }),
      step('a4', 'Platform', 'Provision server from template'),
      step('a5', 'Platform', 'Configure monitoring'),
      step('a6', 'Application team', 'Deploy application'),
    ];
    const { verdict, statuses } = compare({ current: CURRENT, future: FUTURE, actual });
    expect(statuses.byStep.f3?.status).toBe('adopted');
    expect(statuses.byStep.f2?.status).toBe('not_adopted');
    expect(verdict.realized).toBeGreaterThanOrEqual(0.3);
    expect(verdict.realized).toBeLessThanOrEqual(0.7);
  });

  it('finds a split and a merge', () => {
    const { correspondence } = compare({
      current: [step('c1', 'AP', 'Check and approve invoice'), step('c2', 'AP', 'Pay invoice')],
      future: [
        step('f1', 'AP', 'Check invoice'),
        step('f2', 'AP', 'Approve invoice'),
        step('f3', 'AP', 'Pay invoice'),
      ],
      actual: [step('a1', 'AP', 'Check and approve invoice'), step('a2', 'AP', 'Pay invoice')],
    });
    expect(correspondence.byStep.c1?.counterparts.future).toEqual(['f1', 'f2']);
    expect(correspondence.byStep.c1?.split).toBe(true);
    expect(correspondence.byStep.a1?.counterparts.future).toEqual(['f1', 'f2']);
    expect(correspondence.byStep.f2?.counterparts.actual).toEqual(['a1']);
  });

  it('matches steps whose lane was renamed', () => {
    const lanes = (prefix: string, ap: string) => [
      step(`${prefix}1`, ap, 'Receive invoice'),
      step(`${prefix}2`, ap, 'Match invoice to order'),
      step(`${prefix}3`, 'Treasury', 'Pay invoice'),
    ];
    const { correspondence, verdict } = compare({
      current: lanes('c', 'AP clerk'),
      future: [...lanes('f', 'Accounts payable'), step('f4', 'Treasury', 'Report payment')],
      actual: lanes('a', 'Accounts payable'),
    });
    expect(correspondence.byStep.c2?.counterparts.future).toEqual(['f2']);
    expect(correspondence.byStep.a1?.counterparts.current).toEqual(['c1']);
    expect(verdict.reason).toBeNull();
  });

  it('gives no verdict for an empty or single-state workshop, and says what is missing', () => {
    expect(compare({}).verdict).toMatchObject({ realized: null, reason: 'empty' });
    const single = compare({ current: CURRENT }).verdict;
    expect(single).toMatchObject({
      realized: null,
      percent: null,
      reason: 'missing_state',
      missing: ['future', 'actual'],
    });
    expect(single.technology.realized).toBeNull();
    expect(single.sentence).toBe(
      'There is no verdict yet: the future and actual maps have no steps. Map the current, future and actual states to compare them.',
    );
    expect(compare({ current: CURRENT, future: FUTURE }).verdict.missing).toEqual(['actual']);
  });

  it('never matches a rejected pair again', () => {
    const maps = buildMaps({
      current: [step('c1', 'AP', 'Pay invoice')],
      actual: [step('a1', 'AP', 'Pay invoice')],
    });
    expect(compareWorkshop({ maps, links: [] }).automatic).toHaveLength(1);
    const rejected = compareWorkshop({
      maps,
      links: [],
      options: { automatic: { rejected: [['a1', 'c1']] } },
    });
    expect(rejected.automatic).toEqual([]);
    expect(rejected.correspondence.byStep.c1?.counterparts.actual).toEqual([]);
  });

  it('reads a measure no step records as not recorded, never 0, and names the missing field', () => {
    const { metrics, verdict } = compare({ current: CURRENT, future: FUTURE, actual: CURRENT });
    expect(metrics.byState.actual.notRecorded).toMatchObject({
      manualSteps: 'automation',
      systemsTouched: 'tools',
    });
    expect(metricValue(metrics.byState.actual, 'manualSteps')).toBeNull();
    expect(verdict.measures.map((m) => m.key)).not.toContain('manualSteps');
  });

  it('gives the absolute change instead of a percentage over a tiny base', () => {
    expect(delta(2, 59.7)).toMatchObject({ absolute: 57.7, percent: null });
    expect(delta(10, 15)).toMatchObject({ absolute: 5, percent: 50 });
  });
});
