import type { Lane, Step } from '../../../shared/domain/types.js';

export interface LaneRow {
  id: string;
  map_id: string;
  name: string;
  kind: Lane['kind'];
  position: number;
}

export interface StepRow {
  id: string;
  map_id: string;
  lane_id: string | null;
  position: number;
  title: string;
  description: string;
  kind: Step['kind'];
  tools: string;
  environment: Step['environment'];
  process_minutes: number | null;
  wait_minutes: number | null;
  pct_complete_accurate: number | null;
  automation: Step['automation'];
  value_class: Step['valueClass'];
  notes: string;
  origin_step_id: string | null;
}

export function toLane(r: LaneRow): Lane {
  return { id: r.id, mapId: r.map_id, name: r.name, kind: r.kind, position: r.position };
}

export function toStep(r: StepRow): Step {
  return {
    id: r.id,
    mapId: r.map_id,
    laneId: r.lane_id,
    position: r.position,
    title: r.title,
    description: r.description,
    kind: r.kind,
    tools: JSON.parse(r.tools) as string[],
    environment: r.environment,
    processMinutes: r.process_minutes,
    waitMinutes: r.wait_minutes,
    pctCompleteAccurate: r.pct_complete_accurate,
    automation: r.automation,
    valueClass: r.value_class,
    notes: r.notes,
    originStepId: r.origin_step_id,
  };
}

/** Named parameters for an INSERT/UPDATE of a step. */
export function stepParams(s: Step) {
  return {
    id: s.id,
    map_id: s.mapId,
    lane_id: s.laneId,
    position: s.position,
    title: s.title,
    description: s.description,
    kind: s.kind,
    tools: JSON.stringify(s.tools),
    environment: s.environment,
    process_minutes: s.processMinutes,
    wait_minutes: s.waitMinutes,
    pct_complete_accurate: s.pctCompleteAccurate,
    automation: s.automation,
    value_class: s.valueClass,
    notes: s.notes,
    origin_step_id: s.originStepId,
  };
}

export const STEP_COLUMNS = Object.keys(stepParams({} as Step));
