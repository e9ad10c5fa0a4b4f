import { describe, expect, it } from 'vitest';
import { compareWorkshop } from '../../../shared/compare/index.js';
import { ID_TITLED, buildMaps } from './build.js';

function scenario() {
  const maps = buildMaps({
    current: [
      { id: 'c1', title: 'Hardware request form', lane: 'Requester', tools: ['Form'], automation: 'manual' },
      {
        id: 'c2',
        title: 'Manager approval',
        lane: 'Manager',
        kind: 'approval',
        tools: ['Email'],
        automation: 'manual',
      },
      {
        id: 'c3',
        title: 'Configure server',
        lane: 'Infra',
        tools: ['Shell'],
        environment: 'physical',
        automation: 'manual',
      },
      { id: 'c4', title: 'Deploy', lane: 'App', tools: ['Scripts'], automation: 'manual' },
    ],
    future: [
      { id: 'f5', title: 'Provision VM', lane: 'Platform', tools: ['VM portal'], automation: 'automated' },
      {
        id: 'f3',
        title: 'Automated configuration',
        lane: 'Platform',
        tools: ['Ansible'],
        environment: 'virtual',
        automation: 'automated',
        originStepId: 'c3',
      },
      {
        id: 'f4',
        title: 'Deploy',
        lane: 'App',
        tools: ['Scripts'],
        automation: 'manual',
        originStepId: 'c4',
      },
      { id: 'f6', title: 'Owner sign-off', lane: 'App' },
    ],
    actual: [
      {
        id: 'a1',
        title: 'Hardware request form',
        lane: 'Requester',
        tools: ['Form'],
        automation: 'manual',
        originStepId: 'c1',
      },
      {
        id: 'a2',
        title: 'Manager approval',
        lane: 'Manager',
        kind: 'approval',
        tools: ['Email'],
        automation: 'manual',
        originStepId: 'c2',
      },
      { id: 'a2b', title: 'Director approval', lane: 'Manager', kind: 'approval', tools: ['Email'] },
      {
        id: 'a3',
        title: 'Configure VM',
        lane: 'Platform',
        tools: ['Shell'],
        environment: 'virtual',
        automation: 'manual',
        originStepId: 'c3',
      },
      {
        id: 'a4',
        title: 'Deploy',
        lane: 'App',
        tools: ['Scripts'],
        automation: 'manual',
        originStepId: 'c4',
      },
    ],
  });
  return compareWorkshop({ maps, links: [], options: ID_TITLED }).findings;
}

describe('suggested findings', () => {
  const findings = scenario();
  const byKey = (key: string) => findings.find((f) => f.key === key);

  it('come most severe first, with stable keys', () => {
    // Near-duplicates are told once: the approvals measure carries the two approvals it counts
    // (retired-still-used:a2, workaround:a2b), and "partly adopted" carries "manual" for a3.
    expect(findings.map((f) => [f.severity, f.key])).toEqual([
      ['high', 'metric-above-future:approvals'], // 2 in actual, 0 planned
      ['high', 'metric-above-future:handoffs'], // 3 in actual (Requester→Manager→Platform→App), 1 planned
      ['high', 'metric-above-future:manualSteps'], // 4 in actual, 1 planned
      ['medium', 'retired-still-used:a1'],
      ['medium', 'partly-adopted:a3'],
      ['medium', 'future-not-adopted:f5'],
      ['medium', 'future-not-adopted:f6'],
      ['low', 'metric-above-future:systemsTouched'], // form, email, shell, scripts vs VM portal, ansible, scripts
    ]);
    expect(scenario()).toEqual(findings);
  });

  it('flag an old step still used after the future removed it', () => {
    expect(byKey('retired-still-used:a1')).toEqual({
      key: 'retired-still-used:a1',
      title: '"Hardware request form" is still used in actual; the future state removed it',
      detail: 'The future design has no such step, yet it is still done as in the current state.',
      category: 'process',
      rootCause: 'policy',
      severity: 'medium',
      stepIds: ['a1', 'c1'],
      evidence:
        'Actual: "Hardware request form" (lane Requester, task, tools: Form). Future: no counterpart.',
    });
  });

  it('file future steps not adopted under technology when they bring tools', () => {
    expect(byKey('future-not-adopted:f5')).toMatchObject({
      category: 'technology',
      rootCause: 'tooling',
      stepIds: ['f5'],
    });
    expect(byKey('future-not-adopted:f6')).toMatchObject({ category: 'process', rootCause: 'policy' });
  });

  it('flag manual work the future automated, and partial adoption by what differs', () => {
    expect(byKey('manual-not-automated:a3')).toBeUndefined(); // told within partly-adopted:a3
    expect(byKey('partly-adopted:a3')).toMatchObject({
      category: 'technology',
      title: '"Configure VM" only partly follows the future "Automated configuration"',
      detail:
        'It differs from the future design in: tools. The future step "Automated configuration" is automated, but the work is still done by hand.',
      stepIds: ['a3', 'c3', 'f3'],
    });
  });

  it('compare counts with the future: approvals (process), handoffs (people)', () => {
    expect(byKey('metric-above-future:approvals')).toMatchObject({
      category: 'process',
      title: 'Approvals: 2 in actual; the future planned 0',
      severity: 'high',
      stepIds: ['a2', 'a2b', 'c2'],
      detail:
        'Approvals was 1 in current; actual is at 2, the future planned 0. "Manager approval" is still used in actual; the future state removed it; "Director approval" is a workaround outside the designed process.',
    });
    expect(byKey('metric-above-future:approvals')!.evidence).toMatch(
      /^Approvals: current 1, future 0, actual 2\./,
    );
    expect(byKey('metric-above-future:handoffs')).toMatchObject({
      category: 'people',
      rootCause: 'ownership',
    });
  });
});
