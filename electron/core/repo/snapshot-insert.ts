import { randomUUID } from 'node:crypto';
import { MAP_STATES } from '../../../shared/domain/types.js';
import { carryMarks } from '../../../shared/domain/suggestion-marks.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { type JobHooks, NO_HOOKS, everyBatch } from '../jobs/hooks.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import { stepParams } from './step-rows.js';
import { cleanTags } from './tags.js';

export interface InsertOptions {
  /** 'new' gives every row a fresh id (never overwrites); 'replace' swaps the workshop with the same id. */
  mode: 'new' | 'replace';
  title?: string;
}

/** Inserts a whole workshop in one transaction; returns its id. Nothing is written if anything fails. */
export function insertWorkshopData(
  db: Db,
  data: WorkshopData,
  opts: InsertOptions,
  hooks: JobHooks = NO_HOOKS,
): string {
  const ids = new Map<string, string>();
  const id = (old: string): string => {
    if (opts.mode === 'replace') return old;
    let fresh = ids.get(old);
    if (!fresh) ids.set(old, (fresh = randomUUID()));
    return fresh;
  };
  const ref = (old: string | null) => (old === null ? null : id(old));
  const now = new Date().toISOString();
  const w = data.workshop;
  const workshopId = id(w.id);

  db.transaction(() => {
    // Rows reference each other (origin steps, findings' steps): check keys once, at commit.
    db.pragma('defer_foreign_keys = ON');
    if (opts.mode === 'replace') db.prepare(`DELETE FROM workshops WHERE id = ?`).run(w.id);
    else if (db.prepare(`SELECT 1 FROM workshops WHERE id = ?`).get(workshopId))
      throw new AppError('conflict', 'A workshop with this id already exists.');

    const engagement =
      (db
        .prepare(
          `SELECT id FROM engagements WHERE client = ? COLLATE NOCASE AND name = ? COLLATE NOCASE LIMIT 1`,
        )
        .pluck()
        .get(data.engagement.client, data.engagement.name) as string | undefined) ?? randomUUID();
    db.prepare(
      `INSERT OR IGNORE INTO engagements (id, client, name, status, created_at, updated_at) VALUES (?, ?, ?, 'active', ?, ?)`,
    ).run(engagement, data.engagement.client, data.engagement.name, now, now);

    db.prepare(
      `INSERT INTO workshops (id, engagement_id, title, date, location, facilitator, objectives, status, hours_per_day,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      workshopId,
      engagement,
      opts.title ?? w.title,
      w.date,
      w.location,
      w.facilitator,
      w.objectives,
      w.status,
      w.hoursPerDay,
      opts.mode === 'replace' ? w.createdAt : now,
      now,
    );

    const ins = (sql: string) => db.prepare(sql);
    const tags = cleanTags(w.tags ?? []);
    if (tags.length > 0) {
      const tag = ins(`INSERT INTO workshop_tags (workshop_id, tag) VALUES (?, ?)`);
      for (const t of tags) tag.run(workshopId, t);
    }
    const attendee = ins(
      `INSERT INTO attendees (id, workshop_id, name, role, organisation, position) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const a of data.attendees)
      attendee.run(id(a.id), workshopId, a.name, a.role, a.organisation, a.position);
    const agenda = ins(
      `INSERT INTO agenda_items (id, workshop_id, title, minutes, position) VALUES (?, ?, ?, ?, ?)`,
    );
    for (const a of data.agenda) agenda.run(id(a.id), workshopId, a.title, a.minutes, a.position);

    const p = data.process;
    ins(
      `INSERT INTO processes (id, workshop_id, name, start_trigger, end_outcome) VALUES (?, ?, ?, ?, ?)`,
    ).run(id(p.id), workshopId, p.name, p.startTrigger, p.endOutcome);
    const map = ins(`INSERT INTO maps (id, process_id, state) VALUES (?, ?, ?)`);
    const lane = ins(`INSERT INTO lanes (id, map_id, name, kind, position) VALUES (?, ?, ?, ?, ?)`);
    const step = ins(
      `INSERT INTO steps (id, map_id, lane_id, position, title, description, kind, tools, environment, process_minutes,
         wait_minutes, pct_complete_accurate, automation, value_class, notes, origin_step_id)
       VALUES (@id, @map_id, @lane_id, @position, @title, @description, @kind, @tools, @environment, @process_minutes,
         @wait_minutes, @pct_complete_accurate, @automation, @value_class, @notes, @origin_step_id)`,
    );
    const tick = everyBatch(
      hooks,
      'Writing steps',
      MAP_STATES.reduce((n, s) => n + data.maps[s].steps.length, 0),
    );
    let written = 0;
    for (const state of MAP_STATES) {
      const m = data.maps[state];
      map.run(id(m.id), id(p.id), state);
      for (const l of m.lanes) lane.run(id(l.id), id(m.id), l.name, l.kind, l.position);
      for (const s of m.steps) {
        step.run(
          stepParams({
            ...s,
            id: id(s.id),
            mapId: id(m.id),
            laneId: ref(s.laneId),
            originStepId: ref(s.originStepId),
          }),
        );
        tick(++written);
      }
    }
    hooks.progress('Writing findings and room items');
    const pain = ins(`INSERT INTO pain_points (id, step_id, text, position) VALUES (?, ?, ?, ?)`);
    for (const pp of data.painPoints) pain.run(id(pp.id), id(pp.stepId), pp.text, pp.position);
    const link = ins(
      `INSERT INTO step_links (id, from_step_id, to_step_id, source, created_at) VALUES (?, ?, ?, ?, ?)`,
    );
    for (const l of data.links) link.run(id(l.id), id(l.fromStepId), id(l.toStepId), l.source, now);

    const finding = ins(
      `INSERT INTO findings (id, workshop_id, title, detail, category, root_cause, severity, evidence, suggested, position,
         created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const findingStep = ins(`INSERT INTO finding_steps (finding_id, step_id) VALUES (?, ?)`);
    // A database before migration 19 (tests build older versions from today's fixtures) has no
    // table for them: sources are left out there, as that version could not hold them.
    const sourcesTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'finding_sources'`).get();
    const sourcesSql = `INSERT OR IGNORE INTO finding_sources (finding_id, source_type, source_id) VALUES (?, ?, ?)`;
    const findingSource = { run: (...args: unknown[]) => sourcesTable && ins(sourcesSql).run(...args) };
    for (const f of data.findings) {
      finding.run(
        id(f.id),
        workshopId,
        f.title,
        f.detail,
        f.category,
        f.rootCause,
        f.severity,
        f.evidence,
        f.suggested ? 1 : 0,
        f.position,
        f.createdAt,
      );
      for (const s of f.stepIds) findingStep.run(id(f.id), id(s));
      for (const s of f.sources ?? []) findingSource.run(id(f.id), s.type, id(s.id));
    }
    const rec = ins(
      `INSERT INTO recommendations (id, workshop_id, finding_id, text, position) VALUES (?, ?, ?, ?, ?)`,
    );
    for (const r of data.recommendations) rec.run(id(r.id), workshopId, ref(r.findingId), r.text, r.position);
    const action = ins(
      `INSERT INTO actions (id, workshop_id, finding_id, recommendation_id, title, owner, due_date, priority, status, position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const a of data.actions)
      action.run(
        id(a.id),
        workshopId,
        ref(a.findingId),
        ref(a.recommendationId),
        a.title,
        a.owner,
        a.dueDate,
        a.priority,
        a.status,
        a.position,
      );
    const park = ins(
      `INSERT INTO parking_lot (id, workshop_id, step_id, text, resolved, position) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const x of data.parkingLot)
      park.run(id(x.id), workshopId, ref(x.stepId), x.text, x.resolved ? 1 : 0, x.position);
    const decision = ins(
      `INSERT INTO decisions (id, workshop_id, text, decided_by, position) VALUES (?, ?, ?, ?, ?)`,
    );
    for (const d of data.decisions) decision.run(id(d.id), workshopId, d.text, d.decidedBy, d.position);
    const ev = ins(
      `INSERT INTO evidence (id, workshop_id, step_id, text, speaker, mode, position) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const e of data.evidence)
      ev.run(id(e.id), workshopId, ref(e.stepId), e.text, e.speaker, e.mode, e.position);
    const vote = ins(
      `INSERT INTO votes (id, workshop_id, target_type, target_id, participant, dots) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const v of data.votes)
      vote.run(id(v.id), workshopId, v.targetType, id(v.targetId), v.participant, v.dots);
    // Decisions about the comparison's suggestions, with the step and finding ids in their keys
    // renamed as the rows were; one naming a step or finding the copy lacks is dropped.
    const steps = new Set(MAP_STATES.flatMap((s) => data.maps[s].steps.map((st) => st.id)));
    const marks = carryMarks(data.suggestionMarks ?? [], steps, new Set(data.findings.map((f) => f.id)), id);
    const mark = marks.length
      ? ins(`INSERT INTO suggestion_marks (id, workshop_id, key, decision, finding_id, created_at)
             VALUES (?, ?, ?, ?, ?, ?)`)
      : null;
    for (const m of marks) mark!.run(randomUUID(), workshopId, m.key, m.decision, m.findingId, now);
  })();
  return workshopId;
}
