/**
 * A lane renamed between states is the same lane: its steps do not all differ in "who does it".
 * Constructed cases with no lineage, so every correspondence is automatic.
 */
import { describe, expect, it } from 'vitest';
import { compareWorkshop } from '../../../shared/compare/index.js';
import type { StepInput } from './build.js';
import { buildMaps } from './build.js';

const step = (id: string, lane: string, title: string): StepInput => ({ id, lane, title });

function flow(prefix: string, ops: string, finance: string, provision = 'Build server by hand'): StepInput[] {
  return [
    step(`${prefix}1`, ops, 'Receive server request'),
    step(`${prefix}2`, finance, 'Approve budget'),
    step(`${prefix}3`, ops, provision),
    step(`${prefix}4`, ops, 'Install operating system'),
    step(`${prefix}5`, finance, 'Charge cost centre'),
  ];
}

function compare(spec: Parameters<typeof buildMaps>[0]) {
  return compareWorkshop({ maps: buildMaps(spec), links: [] });
}

describe('renamed lanes', () => {
  it('"Ops" → "Operations" in the future: only the planned step is a planned change, and it was adopted', () => {
    const { statuses, verdict } = compare({
      current: flow('c', 'Ops', 'Finance'),
      future: flow('f', 'Operations', 'Finance', 'Provision server from template'),
      actual: flow('a', 'Operations', 'Finance', 'Provision server from template'),
    });
    for (const id of ['a1', 'a2', 'a4', 'a5'])
      expect(statuses.byStep[id]).toMatchObject({ status: 'kept', plannedChange: false });
    expect(statuses.byStep.a3).toMatchObject({ status: 'adopted', plannedChange: true });
    expect(verdict.realized).toBe(1);
  });

  it('the actual map names the lanes as the current did: the renamed lanes still match the future', () => {
    const { statuses, verdict } = compare({
      current: flow('c', 'Ops', 'Finance'),
      future: flow('f', 'Operations', 'Finance', 'Provision server from template'),
      actual: flow('a', 'Ops', 'Finance', 'Provision server from template'),
    });
    for (const id of ['a1', 'a2', 'a4', 'a5']) expect(statuses.byStep[id]?.differingFields).toEqual([]);
    expect(statuses.byStep.a3).toMatchObject({ status: 'adopted', differingFields: [] });
    expect(verdict.realized).toBe(1);
  });

  it('the same lanes under other names in every state: nothing planned, nothing changed', () => {
    const { statuses, verdict } = compare({
      current: flow('c', 'Ops', 'Finance'),
      future: flow('f', 'Operations', 'Accounting'),
      actual: flow('a', 'IT operations', 'Controlling'),
    });
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5'])
      expect(statuses.byStep[id]).toMatchObject({ status: 'kept', differingFields: [] });
    expect(verdict.reason).toBe('no_planned_change');
  });

  it('work moved to a lane the current state already has is still a change of who does it', () => {
    const current = flow('c', 'Ops', 'Finance');
    const future = flow('f', 'Ops', 'Finance').map((s) => (s.id === 'f4' ? { ...s, lane: 'Finance' } : s));
    const { statuses } = compare({ current, future, actual: flow('a', 'Ops', 'Finance') });
    expect(statuses.byStep.f4?.differingFields).toEqual(['lane']);
    expect(statuses.byStep.a4).toMatchObject({ status: 'unchanged', plannedChange: true });
  });
});
