/**
 * Lean / value-stream measures of one state's map (steps in flow order).
 *
 * - handoffs: lane changes between consecutive steps that have a lane (steps without one are skipped).
 * - wait steps: steps of kind 'wait' or with waitMinutes > 0 (a wait is either modelled or timed).
 * - lead time: a step counts as timed when it records process or wait minutes; the missing part is 0.
 * - activity ratio ΣPT ÷ ΣLT and PCE (VA process time ÷ ΣLT) share lead time's coverage; PCE is
 *   null when no timed step has a value class. Rolled %C&A is the product of the recorded %C&A ÷ 100.
 * Every measured value is null when no step carries its data: never NaN, never a fake zero. Manual
 * steps and systems touched are "not recorded" (`notRecorded`) when no step records automation or
 * tools, and PCE names the value class when timed steps lack it.
 */
import { usedLaneIds } from '../domain/lanes.js';
import type { ProcessMap, Step } from '../domain/types.js';
import { normalizeText } from './text.js';
import type { Measured, StateMetrics } from './types.js';

export function stateMetrics(map: ProcessMap): StateMetrics {
  const laneIds = new Set(map.lanes.map((lane) => lane.id));
  const systems = new Set<string>();
  let handoffs = 0;
  let previousLane: string | null = null;
  let approvals = 0;
  let decisions = 0;
  let manualSteps = 0;
  let waitSteps = 0;
  let reworkLoops = 0;
  const totals = {
    process: 0,
    processTimed: 0,
    lead: 0,
    leadTimed: 0,
    va: 0,
    classified: 0,
    ca: 1,
    caTimed: 0,
  };

  for (const step of map.steps) {
    const lane = step.laneId !== null && laneIds.has(step.laneId) ? step.laneId : null;
    if (lane !== null) {
      if (previousLane !== null && previousLane !== lane) handoffs += 1;
      previousLane = lane;
    }
    for (const tool of step.tools) {
      const key = normalizeText(tool);
      if (key) systems.add(key);
    }
    if (step.kind === 'approval') approvals += 1;
    if (step.kind === 'decision') decisions += 1;
    if (step.kind === 'rework') reworkLoops += 1;
    if (step.automation === 'manual') manualSteps += 1;
    const wait = minutes(step.waitMinutes);
    if (step.kind === 'wait' || (wait !== null && wait > 0)) waitSteps += 1;
    addTimes(step, totals);
  }

  const of = map.steps.length;
  const notRecorded: StateMetrics['notRecorded'] = {};
  if (of > 0 && map.steps.every((s) => s.automation === null)) notRecorded.manualSteps = 'automation';
  if (of > 0 && map.steps.every((s) => s.tools.length === 0)) notRecorded.systemsTouched = 'tools';
  if (totals.leadTimed > 0 && totals.classified === 0) notRecorded.processCycleEfficiency = 'value class';
  const lead = totals.leadTimed > 0 ? totals.lead : null;
  const leadCoverage = { timed: totals.leadTimed, of };
  return {
    steps: of,
    lanes: usedLaneIds(map).size,
    handoffs,
    approvals,
    decisions,
    manualSteps,
    systemsTouched: systems.size,
    waitSteps,
    reworkLoops,
    processMinutes: measured(totals.processTimed > 0 ? totals.process : null, totals.processTimed, of),
    leadMinutes: { value: lead, coverage: leadCoverage },
    activityRatio: measured(lead ? totals.process / lead : null, totals.leadTimed, of),
    processCycleEfficiency: measured(
      lead && totals.classified > 0 ? totals.va / lead : null,
      totals.classified,
      of,
    ),
    rolledCompleteAccurate: measured(totals.caTimed > 0 ? totals.ca : null, totals.caTimed, of),
    notRecorded,
  };
}

interface Totals {
  process: number;
  processTimed: number;
  lead: number;
  leadTimed: number;
  va: number;
  classified: number;
  ca: number;
  caTimed: number;
}

function addTimes(step: Step, totals: Totals): void {
  const process = minutes(step.processMinutes);
  const wait = minutes(step.waitMinutes);
  if (process !== null) {
    totals.process += process;
    totals.processTimed += 1;
    if (step.valueClass === 'VA') totals.va += process;
  }
  if (process !== null || wait !== null) {
    totals.lead += (process ?? 0) + (wait ?? 0);
    totals.leadTimed += 1;
    if (step.valueClass !== null) totals.classified += 1;
  }
  const pct = minutes(step.pctCompleteAccurate);
  if (pct !== null) {
    totals.ca *= Math.min(100, pct) / 100;
    totals.caTimed += 1;
  }
}

/** A usable non-negative number, or null. */
function minutes(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function measured(value: number | null, timed: number, of: number): Measured {
  return { value, coverage: { timed, of } };
}

/** "3 of 5 steps timed". */
export function coverageText(coverage: { timed: number; of: number }): string {
  return `${coverage.timed} of ${coverage.of} ${coverage.of === 1 ? 'step' : 'steps'} timed`;
}
