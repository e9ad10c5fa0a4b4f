import { carryMarks } from '../domain/suggestion-marks.js';
import { MAP_STATES } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';

/**
 * The workshop with every reference that leaves it dropped: a finding, recommendation or step of
 * another workshop (written before the handlers checked them) becomes "none", and a vote on a
 * target that is gone, or a decision about a suggestion naming a step or finding that is gone, is left out. So a workshop's export always re-imports and Duplicate never
 * trips a foreign key, whatever an older version let in.
 */
export function ownRefsOnly(data: WorkshopData): WorkshopData {
  const steps = new Set(MAP_STATES.flatMap((s) => data.maps[s].steps.map((st) => st.id)));
  const findings = new Set(data.findings.map((f) => f.id));
  const recommendations = new Set(data.recommendations.map((r) => r.id));
  const targets = {
    pain_point: new Set(data.painPoints.map((p) => p.id)),
    finding: findings,
    parking_lot: new Set(data.parkingLot.map((p) => p.id)),
  };
  const sources = { evidence: new Set(data.evidence.map((e) => e.id)), pain_point: targets.pain_point };
  const own = (set: Set<string>, ref: string | null) => (ref !== null && set.has(ref) ? ref : null);
  const maps = Object.fromEntries(
    MAP_STATES.map((s) => [
      s,
      {
        ...data.maps[s],
        steps: data.maps[s].steps.map((st) => ({ ...st, originStepId: own(steps, st.originStepId) })),
      },
    ]),
  ) as WorkshopData['maps'];
  return {
    ...data,
    maps,
    links: data.links.filter((l) => steps.has(l.fromStepId) && steps.has(l.toStepId)),
    findings: data.findings.map((f) => ({
      ...f,
      stepIds: f.stepIds.filter((s) => steps.has(s)),
      sources: (f.sources ?? []).filter((s) => sources[s.type].has(s.id)),
    })),
    recommendations: data.recommendations.map((r) => ({ ...r, findingId: own(findings, r.findingId) })),
    actions: data.actions.map((a) => ({
      ...a,
      findingId: own(findings, a.findingId),
      recommendationId: own(recommendations, a.recommendationId),
    })),
    parkingLot: data.parkingLot.map((p) => ({ ...p, stepId: own(steps, p.stepId) })),
    evidence: data.evidence.map((e) => ({ ...e, stepId: own(steps, e.stepId) })),
    votes: data.votes.filter((v) => targets[v.targetType].has(v.targetId)),
    suggestionMarks: carryMarks(data.suggestionMarks ?? [], steps, findings),
  };
}
