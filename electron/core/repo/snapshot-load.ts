import { MAP_STATES, type MapState, type ProcessMap } from '../../../shared/domain/types.js';
import { ownRefsOnly } from '../../../shared/exchange/own-refs.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import { listMarks } from '../edits/suggestion-marks.js';
import { getWorkshop } from './workshops.js';
import { type LaneRow, type StepRow, toLane, toStep } from './step-rows.js';

type Row = Record<string, unknown>;

const STATE_ORDER = `CASE m.state WHEN 'current' THEN 0 WHEN 'future' THEN 1 ELSE 2 END`;

const all = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];

/** Reads one workshop completely, in display order. */
export function loadWorkshopData(db: Db, workshopId: string): WorkshopData {
  const { workshop, engagement } = getWorkshop(db, workshopId);
  const process = db
    .prepare(`SELECT * FROM processes WHERE workshop_id = ? ORDER BY rowid LIMIT 1`)
    .get(workshopId) as Row | undefined;
  if (!process) throw new AppError('not_found', 'This workshop has no process to map.');

  const maps = {} as Record<MapState, ProcessMap>;
  for (const state of MAP_STATES) {
    const map = db
      .prepare(`SELECT id FROM maps WHERE process_id = ? AND state = ?`)
      .get(process.id, state) as { id: string } | undefined;
    if (!map) throw new AppError('internal', `The ${state} map is missing.`);
    maps[state] = {
      id: map.id,
      state,
      lanes: (
        all(db, `SELECT * FROM lanes WHERE map_id = ? ORDER BY position`, map.id) as unknown as LaneRow[]
      ).map(toLane),
      steps: (
        all(db, `SELECT * FROM steps WHERE map_id = ? ORDER BY position`, map.id) as unknown as StepRow[]
      ).map(toStep),
    };
  }
  const stepsOf = `SELECT s.id FROM steps s JOIN maps m ON m.id = s.map_id WHERE m.process_id = ?`;
  const findingSteps = all(
    db,
    `SELECT fs.finding_id, fs.step_id FROM finding_steps fs JOIN findings f ON f.id = fs.finding_id
     WHERE f.workshop_id = ? ORDER BY fs.finding_id, fs.step_id`,
    workshopId,
  );
  const findingSources = all(
    db,
    `SELECT fs.finding_id, fs.source_type, fs.source_id FROM finding_sources fs
     JOIN findings f ON f.id = fs.finding_id WHERE f.workshop_id = ? ORDER BY fs.finding_id, fs.source_type, fs.source_id`,
    workshopId,
  );
  // References that leave the workshop (let in by older versions) are dropped here, once.
  return ownRefsOnly({
    workshop,
    engagement: { id: engagement.id, client: engagement.client, name: engagement.name },
    attendees: all(db, `SELECT * FROM attendees WHERE workshop_id = ? ORDER BY position`, workshopId).map(
      (r) => ({
        id: r.id as string,
        workshopId,
        name: r.name as string,
        role: r.role as string,
        organisation: r.organisation as string,
        position: r.position as number,
      }),
    ),
    agenda: all(
      db,
      `SELECT id, title, minutes, position FROM agenda_items WHERE workshop_id = ? ORDER BY position`,
      workshopId,
    ) as never,
    process: {
      id: process.id as string,
      name: process.name as string,
      startTrigger: process.start_trigger as string,
      endOutcome: process.end_outcome as string,
    },
    maps,
    painPoints: all(
      db,
      `SELECT pp.id, pp.step_id AS stepId, pp.text, pp.position
       FROM pain_points pp JOIN steps s ON s.id = pp.step_id JOIN maps m ON m.id = s.map_id
       WHERE m.process_id = ? ORDER BY ${STATE_ORDER}, s.position, pp.position`,
      process.id,
    ) as never,
    links: all(
      db,
      `SELECT id, from_step_id AS fromStepId, to_step_id AS toStepId, source FROM step_links
       WHERE from_step_id IN (${stepsOf}) ORDER BY rowid`,
      process.id,
    ) as never,
    findings: all(db, `SELECT * FROM findings WHERE workshop_id = ? ORDER BY position`, workshopId).map(
      (r) => ({
        id: r.id as string,
        title: r.title as string,
        detail: r.detail as string,
        category: r.category as never,
        rootCause: r.root_cause as never,
        severity: r.severity as never,
        evidence: r.evidence as string,
        suggested: r.suggested === 1,
        stepIds: findingSteps.filter((fs) => fs.finding_id === r.id).map((fs) => fs.step_id as string),
        sources: findingSources
          .filter((fs) => fs.finding_id === r.id)
          .map((fs) => ({ type: fs.source_type as never, id: fs.source_id as string })),
        position: r.position as number,
        createdAt: r.created_at as string,
      }),
    ),
    recommendations: all(
      db,
      `SELECT id, finding_id AS findingId, text, position FROM recommendations WHERE workshop_id = ? ORDER BY position`,
      workshopId,
    ) as never,
    actions: all(
      db,
      `SELECT id, finding_id AS findingId, recommendation_id AS recommendationId, title, owner, due_date AS dueDate,
              priority, status, position FROM actions WHERE workshop_id = ? ORDER BY position`,
      workshopId,
    ) as never,
    parkingLot: all(
      db,
      `SELECT id, step_id AS stepId, text, resolved, position FROM parking_lot WHERE workshop_id = ? ORDER BY position`,
      workshopId,
    ).map((r) => ({ ...r, resolved: r.resolved === 1 })) as never,
    decisions: all(
      db,
      `SELECT id, text, decided_by AS decidedBy, position FROM decisions WHERE workshop_id = ? ORDER BY position`,
      workshopId,
    ) as never,
    evidence: all(
      db,
      `SELECT id, step_id AS stepId, text, speaker, mode, position FROM evidence WHERE workshop_id = ? ORDER BY position`,
      workshopId,
    ) as never,
    votes: all(
      db,
      `SELECT id, target_type AS targetType, target_id AS targetId, participant, dots FROM votes
       WHERE workshop_id = ? ORDER BY rowid`,
      workshopId,
    ) as never,
    suggestionMarks: listMarks(db, workshopId),
  });
}
