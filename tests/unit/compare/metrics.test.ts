import { describe, expect, it } from 'vitest';
import { compareWorkshop, coverageText, metricDeltas, stateMetrics } from '../../../shared/compare/index.js';
import { buildMaps } from './build.js';

function sampleMap() {
  const maps = buildMaps({
    current: [
      {
        id: 's1',
        lane: 'A',
        tools: ['Jira', ' jira '],
        processMinutes: 10,
        waitMinutes: 20,
        pctCompleteAccurate: 90,
        automation: 'manual',
        valueClass: 'VA',
      },
      {
        id: 's2',
        lane: 'B',
        kind: 'approval',
        tools: ['Email'],
        processMinutes: 5,
        automation: 'manual',
        valueClass: 'NNVA',
      },
      { id: 's3', lane: null, kind: 'wait', waitMinutes: 60 },
      {
        id: 's4',
        lane: 'B',
        kind: 'decision',
        tools: ['JIRA', 'Excel'],
        processMinutes: 15,
        waitMinutes: 0,
        pctCompleteAccurate: 50,
        automation: 'automated',
        valueClass: 'waste',
      },
      {
        id: 's5',
        lane: 'A',
        kind: 'rework',
        tools: [''],
        pctCompleteAccurate: 80,
        automation: 'manual',
        valueClass: 'VA',
      },
      { id: 's6', lane: 'A', processMinutes: 20, waitMinutes: 10, valueClass: 'VA' },
    ],
  });
  const map = maps.current;
  // s6 points at a lane that does not exist: it counts as a step without lane.
  map.steps[5]!.laneId = 'ghost';
  return map;
}

describe('stateMetrics', () => {
  it('computes every measure of a small map', () => {
    expect(stateMetrics(sampleMap())).toEqual({
      steps: 6,
      lanes: 2, // A and B; the ghost lane does not exist
      handoffs: 2, // A→B (s1→s2), B→A (s4→s5); s3 and s6 have no lane and are skipped
      approvals: 1,
      decisions: 1,
      manualSteps: 3, // s1, s2, s5
      systemsTouched: 3, // jira, email, excel; blank tool names dropped
      waitSteps: 3, // s1 (20 min), s3 (kind wait), s6 (10 min); s4 waits 0
      reworkLoops: 1,
      processMinutes: { value: 50, coverage: { timed: 4, of: 6 } }, // 10 + 5 + 15 + 20
      leadMinutes: { value: 140, coverage: { timed: 5, of: 6 } }, // 30 + 5 + 60 + 15 + 30
      activityRatio: { value: 50 / 140, coverage: { timed: 5, of: 6 } },
      // VA process time: s1 10 + s6 20 (s5 is VA but untimed); classified timed steps s1, s2, s4, s6
      processCycleEfficiency: { value: 30 / 140, coverage: { timed: 4, of: 6 } },
      rolledCompleteAccurate: { value: 0.9 * 0.5 * 0.8, coverage: { timed: 3, of: 6 } },
      notRecorded: {},
    });
  });

  it('reports untimed maps as null with their coverage, never NaN or zero', () => {
    const map = buildMaps({
      current: [
        { id: 'a', lane: 'X' },
        { id: 'b', lane: 'Y' },
      ],
    }).current;
    const metrics = stateMetrics(map);
    for (const key of [
      'processMinutes',
      'leadMinutes',
      'activityRatio',
      'processCycleEfficiency',
      'rolledCompleteAccurate',
    ] as const) {
      expect(metrics[key]).toEqual({ value: null, coverage: { timed: 0, of: 2 } });
    }
    expect(metrics.handoffs).toBe(1);
    expect(coverageText(metrics.processMinutes.coverage)).toBe('0 of 2 steps timed');
    expect(coverageText({ timed: 1, of: 1 })).toBe('1 of 1 step timed');
  });

  it('handles an empty map and a zero lead time', () => {
    const empty = stateMetrics(buildMaps({}).current);
    expect(empty).toMatchObject({ steps: 0, lanes: 0, handoffs: 0, systemsTouched: 0 });
    expect(empty.leadMinutes).toEqual({ value: null, coverage: { timed: 0, of: 0 } });

    const zero = stateMetrics(
      buildMaps({ current: [{ id: 'a', processMinutes: 0, waitMinutes: 0, valueClass: 'VA' }] }).current,
    );
    expect(zero.leadMinutes.value).toBe(0); // timed, and really zero
    expect(zero.activityRatio.value).toBeNull();
    expect(zero.processCycleEfficiency.value).toBeNull();
  });

  it('leaves PCE empty when no timed step has a value class', () => {
    const map = buildMaps({ current: [{ id: 'a', processMinutes: 10, valueClass: null }] }).current;
    expect(stateMetrics(map).processCycleEfficiency).toEqual({ value: null, coverage: { timed: 0, of: 1 } });
  });

  it('ignores negative or non-finite times', () => {
    const map = buildMaps({ current: [{ id: 'a', processMinutes: -5, waitMinutes: Number.NaN }] }).current;
    expect(stateMetrics(map).leadMinutes.value).toBeNull();
  });
});

describe('metric deltas', () => {
  it('gives planned, realized and gap changes with percentages where defined', () => {
    const steps = (n: number, prefix: string, approvals = 0) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${prefix}${i}`,
        kind: i < approvals ? ('approval' as const) : ('task' as const),
      }));
    const maps = buildMaps({ current: steps(4, 'c'), future: steps(2, 'f', 1), actual: steps(3, 'a') });
    const { deltas } = compareWorkshop({ maps, links: [] }).metrics;
    expect(deltas.planned.steps).toEqual({ from: 4, to: 2, absolute: -2, percent: -50 });
    expect(deltas.realized.steps).toEqual({ from: 4, to: 3, absolute: -1, percent: -25 });
    expect(deltas.gap.steps).toEqual({ from: 2, to: 3, absolute: 1, percent: 50 });
    expect(deltas.planned.approvals).toEqual({ from: 0, to: 1, absolute: 1, percent: null });
    expect(deltas.realized.approvals).toEqual({ from: 0, to: 0, absolute: 0, percent: 0 });
    expect(deltas.planned.leadMinutes).toEqual({ from: null, to: null, absolute: null, percent: null });
  });

  it('compares measured values by their value', () => {
    const a = stateMetrics(sampleMap());
    const b = { ...a, processMinutes: { value: 75, coverage: a.processMinutes.coverage } };
    expect(metricDeltas(a, b).processMinutes).toEqual({ from: 50, to: 75, absolute: 25, percent: 50 });
  });
});
