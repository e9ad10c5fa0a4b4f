import { describe, expect, it } from 'vitest';
import { compareWorkshop } from '../../../shared/compare/index.js';
import { alignSteps } from '../../../shared/compare/align.js';
import { originStory } from '../../fixtures/origin-story.js';

describe('the side-by-side layout', () => {
  const story = originStory();
  const result = compareWorkshop({ maps: story.maps, links: story.links });
  const groups = alignSteps(story.maps, result.correspondence);
  const { current, future, actual } = story.ids;
  const groupOf = (id: string) =>
    groups.find((g) => Object.values(g.cells).some((cells) => cells.some((c) => c.stepId === id)))!;

  it('puts every step in exactly one row group, in flow order', () => {
    const placed = groups.flatMap((g) => Object.values(g.cells).flatMap((c) => c.map((x) => x.stepId)));
    const all = [...story.maps.current.steps, ...story.maps.future.steps, ...story.maps.actual.steps];
    expect([...placed].sort()).toEqual(all.map((s) => s.id).sort());
    const firstCurrent = groups.map((g) => g.cells.current[0]?.stepId);
    expect(firstCurrent).toEqual([
      current.requestForm,
      current.procureServer,
      current.configureServer,
      current.deploy,
      current.test,
      current.goLive,
    ]);
  });

  it('spans a merged future step over the rows of the steps it replaces', () => {
    const request = groupOf(future.selfService!);
    expect(request.rows).toBe(3);
    expect(request.cells.future).toEqual([{ stepId: future.selfService, row: 0, span: 3 }]);
    expect(request.cells.actual.map((c) => [c.stepId, c.row])).toEqual([
      [actual.requestForm, 0],
      [actual.managerApproval, 1],
      [actual.financeApproval, 2],
    ]);
    const provision = groupOf(future.provisionVm!);
    expect(provision.cells.future).toEqual([{ stepId: future.provisionVm, row: 0, span: 2 }]);
    // "Rack and install OS" is retired: its row has nothing in actual.
    expect(provision.cells.actual).toEqual([{ stepId: actual.requestVm, row: 0, span: 1 }]);
  });

  it('places a workaround between its neighbours in actual, in a row of its own', () => {
    const maps = structuredClone(story.maps);
    const workaround = { ...maps.actual.steps[3]!, id: 'w', title: 'Chase by phone', originStepId: null };
    maps.actual.steps.splice(4, 0, workaround);
    // A workaround by construction: no automatic match may claim it for this layout case.
    const r = compareWorkshop({ maps, links: story.links, options: { automatic: false } });
    const order = alignSteps(maps, r.correspondence).map((g) => g.cells.actual[0]?.stepId);
    expect(order.indexOf('w')).toBe(order.indexOf(actual.requestVm) + 1);
  });
});
