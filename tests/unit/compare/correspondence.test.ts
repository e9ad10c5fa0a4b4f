import { describe, expect, it } from 'vitest';
import type { StepLink } from '../../../shared/domain/types.js';
import { buildCorrespondence, indexSteps, isLinked } from '../../../shared/compare/index.js';
import type { StepInput } from './build.js';
import { buildMaps, link } from './build.js';

function correspond(spec: Parameters<typeof buildMaps>[0], links: StepLink[]) {
  return buildCorrespondence(indexSteps(buildMaps(spec)), links);
}

const three = (c: StepInput[], f: StepInput[], a: StepInput[]) => ({ current: c, future: f, actual: a });

describe('buildCorrespondence', () => {
  it('derives current↔actual through future when there is no direct link', () => {
    const result = correspond(three([{ id: 'c1' }], [{ id: 'f1' }], [{ id: 'a1' }]), [
      link('c1', 'f1'),
      link('f1', 'a1'),
    ]);
    expect(result.byStep.c1).toMatchObject({
      counterparts: { current: [], future: ['f1'], actual: ['a1'] },
      derived: ['actual'],
      split: false,
      merged: false,
    });
    expect(result.byStep.a1?.counterparts).toEqual({ current: ['c1'], future: ['f1'], actual: [] });
    expect(result.byStep.a1?.derived).toEqual(['current']);
    expect(result.byStep.f1?.derived).toEqual([]);
  });

  it('derives future↔actual through a shared current step (lineage)', () => {
    const result = correspond(three([{ id: 'c1' }], [{ id: 'f1' }], [{ id: 'a1', originStepId: 'c1' }]), [
      link('c1', 'f1'),
    ]);
    expect(result.byStep.f1?.counterparts.actual).toEqual(['a1']);
    expect(result.byStep.a1?.counterparts.future).toEqual(['f1']);
    expect(result.links).toMatchObject([
      { fromStepId: 'c1', toStepId: 'f1', sources: ['manual'] },
      { fromStepId: 'c1', toStepId: 'a1', sources: ['lineage'] },
    ]);
  });

  it('prefers direct links over derived ones', () => {
    // c1→f1→a2 would derive c1↔a2, but c1 links straight to a1.
    const result = correspond(three([{ id: 'c1' }], [{ id: 'f1' }], [{ id: 'a1' }, { id: 'a2' }]), [
      link('c1', 'f1'),
      link('f1', 'a2'),
      link('c1', 'a1'),
    ]);
    expect(result.byStep.c1?.counterparts.actual).toEqual(['a1']);
    expect(result.byStep.c1?.derived).toEqual([]);
  });

  it('flags splits and merges, counterparts in flow order', () => {
    const result = correspond(three([{ id: 'c1' }, { id: 'c2' }], [{ id: 'f1' }, { id: 'f2' }], []), [
      link('c1', 'f2'),
      link('c1', 'f1'),
      link('c2', 'f2'),
    ]);
    expect(result.byStep.c1).toMatchObject({
      counterparts: { future: ['f1', 'f2'] },
      split: true,
      merged: false,
    });
    expect(result.byStep.f2).toMatchObject({
      counterparts: { current: ['c1', 'c2'] },
      split: false,
      merged: true,
    });
    expect(result.byStep.f1).toMatchObject({ split: false, merged: false });
    // Merge siblings are not counterparts of each other.
    expect(result.byStep.c2?.counterparts.current).toEqual([]);
  });

  it('counts a step linked twice once and keeps both sources', () => {
    const result = correspond(three([{ id: 'c1' }], [{ id: 'f1', originStepId: 'c1' }], []), [
      link('c1', 'f1'),
      link('c1', 'f1'),
    ]);
    expect(result.byStep.c1?.counterparts.future).toEqual(['f1']);
    expect(result.byStep.f1?.split).toBe(false);
    expect(result.links).toMatchObject([
      { fromStepId: 'c1', toStepId: 'f1', sources: ['lineage', 'manual'] },
    ]);
  });

  it('ignores links to missing steps and within one state', () => {
    const bad = [link('c1', 'gone'), link('nowhere', 'f1'), link('c1', 'c2')];
    const result = correspond(
      three([{ id: 'c1' }, { id: 'c2', originStepId: 'c1' }], [{ id: 'f1', originStepId: 'lost' }], []),
      bad,
    );
    expect(result.ignored.map((i) => i.reason)).toEqual([
      'missing_step',
      'missing_step',
      'same_state',
      'same_state',
      'missing_step',
    ]);
    expect(result.ignored[3]).toMatchObject({ linkId: 'lineage:c2', fromStepId: 'c1', toStepId: 'c2' });
    expect(result.links).toEqual([]);
    expect(isLinked(result.byStep.c1)).toBe(false);
  });

  it('terminates on cycles and reversed links', () => {
    // c1→f1→a1→c1 (the last one reversed: from the later state), plus f1→c1 backwards.
    const result = correspond(three([{ id: 'c1' }], [{ id: 'f1' }], [{ id: 'a1' }]), [
      link('c1', 'f1'),
      link('f1', 'a1'),
      link('a1', 'c1'),
      link('f1', 'c1'),
    ]);
    expect(result.byStep.c1?.counterparts).toEqual({ current: [], future: ['f1'], actual: ['a1'] });
    expect(result.byStep.a1?.counterparts).toEqual({ current: ['c1'], future: ['f1'], actual: [] });
    expect(result.links).toHaveLength(3);
    expect(result.links.find((l) => l.toStepId === 'a1' && l.fromStepId === 'c1')).toBeDefined();
  });

  it('keeps the first of two steps with the same id', () => {
    const maps = buildMaps(three([{ id: 'x' }], [{ id: 'x' }], []));
    const index = indexSteps(maps);
    expect(index.byId.get('x')?.state).toBe('current');
    expect(index.byState.future).toEqual([]);
  });

  it('leaves unlinked steps with no counterparts', () => {
    const result = correspond(three([{ id: 'c1' }], [], [{ id: 'a1' }]), []);
    expect(result.byStep.a1).toEqual({
      stepId: 'a1',
      state: 'actual',
      counterparts: { current: [], future: [], actual: [] },
      derived: [],
      split: false,
      merged: false,
    });
  });
});
