import type { z } from 'zod';
import { idsInKey } from '../domain/suggestion-marks.js';
import { MAP_STATES } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import { formatPath } from './issue-path.js';

type Path = (string | number)[];

/** Enough to fix a file by hand; past this the file is not worth listing line by line. */
const MAX_ISSUES = 20;

/**
 * What a schema cannot say: every id is unique, and every reference points at a row of the same
 * workshop of the right kind (a step's lane belongs to the same map, links join existing steps...).
 */
export function checkReferences(data: WorkshopData, ctx: z.RefinementCtx): void {
  let count = 0;
  const issue = (path: Path, message: string) => {
    if (count++ < MAX_ISSUES) ctx.addIssue({ code: 'custom', path, message });
  };

  const seen = new Map<string, string>();
  const unique = (path: Path, id: string) => {
    const first = seen.get(id);
    if (first) issue(path, `repeats the id already used at ${first}`);
    else seen.set(id, formatPath(path));
  };
  const each = <T extends { id: string }>(name: string, rows: T[]) =>
    rows.forEach((row, i) => unique([name, i, 'id'], row.id));

  unique(['engagement', 'id'], data.engagement.id);
  unique(['workshop', 'id'], data.workshop.id);
  unique(['process', 'id'], data.process.id);
  if (data.workshop.engagementId !== data.engagement.id)
    issue(['workshop', 'engagementId'], 'must be the id of the engagement in this file');
  each('attendees', data.attendees);
  data.attendees.forEach((a, i) => {
    if (a.workshopId !== data.workshop.id)
      issue(['attendees', i, 'workshopId'], 'must be the id of the workshop in this file');
  });
  each('agenda', data.agenda);

  const steps = new Set<string>();
  for (const state of MAP_STATES) {
    const map = data.maps[state];
    unique(['maps', state, 'id'], map.id);
    const lanes = new Set(map.lanes.map((l) => l.id));
    map.lanes.forEach((lane, i) => {
      unique(['maps', state, 'lanes', i, 'id'], lane.id);
      if (lane.mapId !== map.id) issue(['maps', state, 'lanes', i, 'mapId'], `must be the ${state} map's id`);
    });
    map.steps.forEach((step, i) => {
      unique(['maps', state, 'steps', i, 'id'], step.id);
      steps.add(step.id);
      if (step.mapId !== map.id) issue(['maps', state, 'steps', i, 'mapId'], `must be the ${state} map's id`);
      if (step.laneId !== null && !lanes.has(step.laneId))
        issue(['maps', state, 'steps', i, 'laneId'], `must be a lane of the ${state} map`);
    });
  }
  const isStep = (path: Path, ref: string | null) => {
    if (ref !== null && !steps.has(ref)) issue(path, 'must be a step of this workshop');
  };
  for (const state of MAP_STATES)
    data.maps[state].steps.forEach((step, i) => {
      const path = ['maps', state, 'steps', i, 'originStepId'];
      if (step.originStepId === step.id) issue(path, 'a step cannot originate from itself');
      else isStep(path, step.originStepId);
    });

  each('painPoints', data.painPoints);
  data.painPoints.forEach((p, i) => isStep(['painPoints', i, 'stepId'], p.stepId));

  each('links', data.links);
  const pairs = new Set<string>();
  data.links.forEach((l, i) => {
    isStep(['links', i, 'fromStepId'], l.fromStepId);
    isStep(['links', i, 'toStepId'], l.toStepId);
    if (l.fromStepId === l.toStepId) issue(['links', i, 'toStepId'], 'a step cannot link to itself');
    const pair = `${l.fromStepId}>${l.toStepId}`;
    if (pairs.has(pair)) issue(['links', i], 'links the same two steps as an earlier link');
    pairs.add(pair);
  });

  each('findings', data.findings);
  const findings = new Set(data.findings.map((f) => f.id));
  data.findings.forEach((f, i) =>
    f.stepIds.forEach((s, j) => {
      isStep(['findings', i, 'stepIds', j], s);
      if (f.stepIds.indexOf(s) !== j) issue(['findings', i, 'stepIds', j], 'lists the same step twice');
    }),
  );
  const isIn = (set: Set<string>, what: string) => (path: Path, ref: string | null) => {
    if (ref !== null && !set.has(ref)) issue(path, `must be ${what} of this workshop`);
  };
  const isFinding = isIn(findings, 'a finding');

  each('recommendations', data.recommendations);
  const recommendations = new Set(data.recommendations.map((r) => r.id));
  data.recommendations.forEach((r, i) => isFinding(['recommendations', i, 'findingId'], r.findingId));

  each('actions', data.actions);
  data.actions.forEach((a, i) => {
    isFinding(['actions', i, 'findingId'], a.findingId);
    isIn(recommendations, 'a recommendation')(['actions', i, 'recommendationId'], a.recommendationId);
  });

  each('parkingLot', data.parkingLot);
  data.parkingLot.forEach((p, i) => isStep(['parkingLot', i, 'stepId'], p.stepId));
  each('decisions', data.decisions);
  each('evidence', data.evidence);
  data.evidence.forEach((e, i) => isStep(['evidence', i, 'stepId'], e.stepId));
  const sources = {
    evidence: isIn(new Set(data.evidence.map((e) => e.id)), 'a quote'),
    pain_point: isIn(new Set(data.painPoints.map((p) => p.id)), 'a pain point'),
  };
  data.findings.forEach((f, i) =>
    f.sources?.forEach((s, j) => sources[s.type](['findings', i, 'sources', j, 'id'], s.id)),
  );

  each('votes', data.votes);
  const targets = {
    pain_point: isIn(new Set(data.painPoints.map((p) => p.id)), 'a pain point'),
    finding: isFinding,
    parking_lot: isIn(new Set(data.parkingLot.map((p) => p.id)), 'a parking-lot item'),
  };
  data.votes.forEach((v, i) => targets[v.targetType](['votes', i, 'targetId'], v.targetId));

  // A decision names its suggestion by the steps in its key: every id there is a step of the file.
  const keys = new Set<string>();
  data.suggestionMarks?.forEach((m, i) => {
    const path = ['suggestionMarks', i];
    if (keys.has(m.key)) issue([...path, 'key'], 'decides the same suggestion as an earlier mark');
    keys.add(m.key);
    if (idsInKey(m.key).some((part) => !steps.has(part)))
      issue([...path, 'key'], 'names a step that is not in this workshop');
    if (m.decision === 'accepted' && m.findingId === null)
      issue([...path, 'findingId'], 'an accepted suggestion must name the finding it became');
    if (m.decision === 'rejected' && m.findingId !== null)
      issue([...path, 'findingId'], 'a rejected suggestion became no finding');
    isFinding([...path, 'findingId'], m.findingId);
  });
}
