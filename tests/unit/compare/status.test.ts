import { describe, expect, it } from 'vitest';
import { compareWorkshop, statusLabel } from '../../../shared/compare/index.js';
import type { CompareOptions } from '../../../shared/compare/index.js';
import { ID_TITLED, buildMaps, link } from './build.js';

const ops = (tools: string[], more = {}) => ({ lane: 'Ops', tools, ...more });
const platform = (tools: string[]) => ({ lane: 'Platform', tools, environment: 'virtual' as const });

/** One map set with every status; comments give the expected status. */
function scenario(options?: CompareOptions) {
  const maps = buildMaps({
    current: [
      { id: 'c1', ...ops(['Shell'], { environment: 'physical' }) },
      { id: 'c2', ...ops(['Email']) }, // retired by the future
      { id: 'c3', lane: 'App', tools: ['Git'] }, // kept by the future
      { id: 'c4', ...ops(['ERP'], { environment: 'physical' }) },
      { id: 'c6', ...ops(['Fax']) }, // retired by the future
      { id: 'c8', ...ops(['Excel']) },
      { id: 'c9', ...ops([]) }, // no actual counterpart
    ],
    future: [
      { id: 'f1', ...platform(['Ansible']), originStepId: 'c1' },
      { id: 'f3', lane: 'App', tools: ['Git'], originStepId: 'c3' },
      { id: 'f4', ...platform(['Portal']), originStepId: 'c4' },
      { id: 'f5', ...platform(['Monitoring']) }, // new, not in actual
      { id: 'f8', ...ops(['Portal']), originStepId: 'c8' },
      { id: 'f9', ...ops([]) },
    ],
    actual: [
      { id: 'a1', ...platform(['Ansible']), originStepId: 'c1' }, // adopted
      { id: 'a2', ...ops(['email ']), originStepId: 'c2' }, // unchanged (tools compare case-insensitively)
      { id: 'a3', lane: 'App', tools: ['Git'], originStepId: 'c3' }, // kept
      { id: 'a4', lane: 'Ops', tools: ['Portal'], environment: 'virtual', originStepId: 'c4' }, // partly
      { id: 'a5', ...ops(['Shell', 'Email']) }, // workaround
      { id: 'a6', lane: 'App', tools: ['Git', 'Jira'], originStepId: 'c3' }, // modified, off a kept step
      { id: 'a7', ...ops(['Email']), originStepId: 'c6' }, // modified, step the future retired
      { id: 'a8', ...ops(['Excel']), originStepId: 'c8' }, // unchanged, future not adopted
      { id: 'a9', ...ops([]) },
    ],
  });
  return compareWorkshop({
    maps,
    links: [link('c9', 'f9'), link('f9', 'a9')],
    options: { ...ID_TITLED, ...options },
  });
}

describe('step statuses', () => {
  const { statuses } = scenario();
  const s = (id: string) => statuses.byStep[id];

  it('classifies actual steps', () => {
    expect(s('a1')).toMatchObject({ status: 'adopted', comparedWith: 'f1', plannedChange: true, credit: 1 });
    expect(s('a2')).toMatchObject({
      status: 'unchanged',
      comparedWith: 'c2',
      differingFields: [],
      credit: 0,
    });
    expect(s('a3')).toMatchObject({ status: 'kept', comparedWith: 'f3', plannedChange: false, credit: null });
    // c4→f4 changed lane, tools and environment; a4 took tools and environment: 2 of 3.
    expect(s('a4')).toMatchObject({
      status: 'partly_adopted',
      comparedWith: 'f4',
      differingFields: ['lane'],
    });
    expect(s('a4')?.credit).toBeCloseTo(2 / 3, 10);
    expect(s('a5')).toMatchObject({ status: 'workaround', comparedWith: null, credit: null });
    expect(s('a6')).toMatchObject({ status: 'modified', plannedChange: false, credit: null });
    expect(s('a7')).toMatchObject({
      status: 'modified',
      comparedWith: 'c6',
      differingFields: ['tools'],
      credit: 0,
    });
    expect(s('a8')).toMatchObject({
      status: 'unchanged',
      comparedWith: 'c8',
      plannedChange: true,
      credit: 0,
    });
    expect(s('a9')).toMatchObject({ status: 'kept' });
  });

  it('classifies future steps', () => {
    expect(s('f1')).toMatchObject({ status: 'adopted', credit: 1 });
    expect(s('f3')).toMatchObject({ status: 'adopted', plannedChange: false, credit: null });
    expect(s('f4')).toMatchObject({
      status: 'partly_adopted',
      comparedWith: 'a4',
      differingFields: ['lane'],
    });
    expect(s('f4')?.credit).toBeCloseTo(2 / 3, 10);
    expect(s('f5')).toMatchObject({ status: 'not_adopted', comparedWith: null, credit: 0 });
    // Its actual counterpart is unchanged from current: not adopted.
    expect(s('f8')).toMatchObject({ status: 'not_adopted', comparedWith: 'a8', credit: 0 });
  });

  it('classifies current steps', () => {
    expect(s('c1')).toMatchObject({ status: 'still_present', comparedWith: 'a1', plannedChange: true });
    expect(s('c3')).toMatchObject({ status: 'still_present', plannedChange: false });
    expect(s('c2')).toMatchObject({ status: 'still_present', plannedChange: true });
    expect(s('c9')).toMatchObject({ status: 'still_present', comparedWith: 'a9' });
  });

  it('retires current steps without an actual counterpart and counts statuses', () => {
    const { statuses: only } = compareWorkshop({
      maps: buildMaps({ current: [{ id: 'c1' }, { id: 'c2' }], actual: [{ id: 'a1', originStepId: 'c1' }] }),
      links: [],
      options: ID_TITLED,
    });
    expect(only.byStep.c2).toMatchObject({
      status: 'retired',
      label: 'Retired in actual',
      comparedWith: null,
    });
    expect(only.counts).toEqual({
      current: { still_present: 1, retired: 1 },
      future: {},
      actual: { unchanged: 1 },
    });
    expect(statuses.counts.actual).toEqual({
      adopted: 1,
      unchanged: 2,
      kept: 2,
      partly_adopted: 1,
      workaround: 1,
      modified: 2,
    });
    expect(statuses.order.actual).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
  });

  it('labels every status', () => {
    expect(s('a2')?.label).toBe('Unchanged from current');
    expect(s('a1')?.label).toBe('Adopted from future');
    // The technology side is said beside the process one whenever it moved or was planned to.
    expect(s('a4')?.label).toBe('Partly adopted from future; technology as planned');
    expect(s('a5')?.label).toBe('Workaround (in neither current nor future)');
    expect(s('f5')?.label).toBe('Not adopted in actual');
    expect(s('c1')?.label).toBe('Still present in actual');
    expect(statusLabel('future', 'adopted')).toBe('Adopted in actual');
  });
});

describe('compared fields', () => {
  it('follow the options', () => {
    const { statuses } = scenario({ fields: ['kind', 'tools'] });
    // Lane no longer counts: a4 now matches f4.
    expect(statuses.byStep.a4).toMatchObject({ status: 'adopted', credit: 1 });
  });

  it('skip fields one side does not record, and let "either" match any environment', () => {
    const maps = buildMaps({
      current: [{ id: 'c1', lane: 'Ops', environment: 'physical', tools: ['A'] }],
      future: [{ id: 'f1', lane: 'Ops', environment: 'virtual', tools: ['B'], originStepId: 'c1' }],
      actual: [
        { id: 'a1', lane: null, environment: 'either', tools: ['a'], originStepId: 'c1' },
        { id: 'a2', lane: 'Ops', environment: null, tools: ['A'], kind: 'approval', originStepId: 'c1' },
      ],
    });
    const { statuses } = compareWorkshop({ maps, links: [], options: ID_TITLED });
    expect(statuses.byStep.a1).toMatchObject({ status: 'unchanged', differingFields: [] });
    // c1→f1 changed tools and environment; a2 records no environment and kept the old tools: 0 of 2.
    // Taking none of the planned change is "changed, not as planned", never "partly adopted".
    expect(statuses.byStep.a2).toMatchObject({
      status: 'modified',
      differingFields: ['kind'],
    });
    expect(statuses.byStep.a2?.credit).toBe(0);
  });
});
