import { describe, expect, it } from 'vitest';
import { compareWorkshop } from '../../../shared/compare/index.js';
import { stageSummaries } from '../../../shared/domain/stages.js';
import { buildReportModel } from '../../../shared/report/build.js';
import { defaultReportOptions } from '../../../shared/report/options.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';

/** The stepper, Compare and the report once gave three lane counts for one map (issue #10). */
describe('one definition of a map’s lanes', () => {
  it('counts only lanes that hold a step, the same in the stepper, Compare and the report', () => {
    const data = originWorkshop();
    const current = data.maps.current;
    const used = new Set(current.steps.map((s) => s.laneId)).size;
    // Two lanes nobody uses: typed ahead in the room, or emptied when steps moved.
    current.lanes.push(
      { ...current.lanes[0]!, id: 'empty-lane-1', name: 'Lane X', position: 90 },
      { ...current.lanes[0]!, id: 'empty-lane-2', name: '20d', position: 91 },
    );

    const stepper = stageSummaries(data).current.text;
    const compared = compareWorkshop({ maps: data.maps, links: data.links }).metrics.byState.current.lanes;
    const report = buildReportModel(data, defaultReportOptions());
    const section = report.sections.find((s) => s.kind === 'state' && s.state === 'current');

    expect(stepper).toContain(`${used} lanes`);
    expect(compared).toBe(used);
    expect(JSON.stringify(section)).toContain(`in ${used} lanes`);
    expect(current.lanes.length).toBe(used + 2);
  });
});

describe('the cover of a report whose matches nobody reviewed', () => {
  it('says Draft even when the options say Final, and Final once every match is a link', () => {
    const linked = originWorkshop();
    const final = { ...defaultReportOptions(), status: 'final' as const };
    expect(buildReportModel(linked, final).meta.status).toBe('Final');

    // The same states captured separately: no lineage, no links, so the matches are automatic.
    const separate = originWorkshop();
    for (const state of ['current', 'future', 'actual'] as const)
      for (const step of separate.maps[state].steps) step.originStepId = null;
    separate.links = [];
    expect(buildReportModel(separate, final).meta.status).toBe('Draft: step matches not yet reviewed');
  });
});

describe('a step label says both sides', () => {
  it('reads the old step on a VM as unchanged with the technology changed, never as adoption', () => {
    const data = originWorkshop();
    const result = compareWorkshop({ maps: data.maps, links: data.links });
    const labels = data.maps.actual.steps.map((s) => result.statuses.byStep[s.id]!.label);
    const onVm = data.maps.actual.steps.filter(
      (s) => result.statuses.byStep[s.id]!.status === 'unchanged' && s.environment === 'virtual',
    );
    expect(onVm.length).toBeGreaterThan(0);
    for (const step of onVm)
      expect(result.statuses.byStep[step.id]!.label).toMatch(
        /^Unchanged from current; technology (changed|partly as planned|as planned)$/,
      );
    expect(labels.some((l) => l.startsWith('Adopted') && l.includes('technology changed'))).toBe(false);
  });
});
