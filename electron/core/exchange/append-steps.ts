import { randomUUID } from 'node:crypto';
import type { MapState } from '../../../shared/domain/types.js';
import type { StepDraft } from '../../../shared/exchange/step-draft.js';
import type { StepsImportResult } from '../../../shared/ipc/exchange.channels.js';
import type { Edit } from '../edits/edit.js';
import { type JobHooks, NO_HOOKS, everyBatch } from '../jobs/hooks.js';
import { recordEdit, undoState } from '../edits/log.js';
import { stepParams } from '../repo/step-rows.js';
import { getWorkshop } from '../repo/workshops.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';

export interface AppendInput {
  /** Lanes to have in each state, in order, even if no step uses them. */
  lanes?: Partial<Record<MapState, string[]>>;
  rows: { state: MapState; step: StepDraft }[];
  /** What undo calls this edit. */
  label: string;
}

export type AppendResult = Omit<StepsImportResult, 'warnings'>;

interface MapCursor {
  id: string;
  lanes: Map<string, string>;
  lanePosition: number;
  stepPosition: number;
}

const laneKey = (name: string) => name.trim().toLowerCase();

function openMap(db: Db, workshopId: string, state: MapState): MapCursor {
  const map = db
    .prepare(
      `SELECT m.id FROM maps m JOIN processes p ON p.id = m.process_id WHERE p.workshop_id = ? AND m.state = ?`,
    )
    .pluck()
    .get(workshopId, state) as string | undefined;
  if (!map) throw new AppError('not_found', `This workshop has no ${state} map.`);
  const lanes = db.prepare(`SELECT id, name FROM lanes WHERE map_id = ?`).all(map) as {
    id: string;
    name: string;
  }[];
  const next = (table: string) =>
    db
      .prepare(`SELECT coalesce(max(position), -1) + 1 FROM ${table} WHERE map_id = ?`)
      .pluck()
      .get(map) as number;
  return {
    id: map,
    lanes: new Map(lanes.map((l) => [laneKey(l.name), l.id])),
    lanePosition: next('lanes'),
    stepPosition: next('steps'),
  };
}

/**
 * Adds steps after the existing ones of their state as one undoable edit, in one transaction:
 * lanes are found by name (any case) or created below the existing ones. All rows or none.
 */
export function appendSteps(
  db: Db,
  workshopId: string,
  input: AppendInput,
  hooks: JobHooks = NO_HOOKS,
): AppendResult {
  getWorkshop(db, workshopId);
  const created: string[] = [];
  recordEdit(db, workshopId, input.label, (edit: Edit) => {
    const cursors = new Map<MapState, MapCursor>();
    const cursor = (state: MapState) => {
      if (!cursors.has(state)) cursors.set(state, openMap(db, workshopId, state));
      return cursors.get(state)!;
    };
    const laneFor = (c: MapCursor, raw: string): string | null => {
      const name = raw.trim();
      if (name === '') return null;
      let id = c.lanes.get(laneKey(name));
      if (!id) {
        id = randomUUID();
        edit.insert('lanes', { id, map_id: c.id, name, kind: 'role', position: c.lanePosition++ });
        c.lanes.set(laneKey(name), id);
        created.push(name);
      }
      return id;
    };
    for (const [state, names] of Object.entries(input.lanes ?? {}) as [MapState, string[]][])
      for (const name of names) laneFor(cursor(state), name);
    const tick = everyBatch(hooks, 'Writing steps', input.rows.length);
    for (const [i, { state, step }] of input.rows.entries()) {
      const c = cursor(state);
      const id = randomUUID();
      const { lane, painPoints, ...fields } = step;
      const laneId = laneFor(c, lane);
      const position = c.stepPosition++;
      edit.insert('steps', stepParams({ ...fields, id, mapId: c.id, laneId, position, originStepId: null }));
      painPoints.forEach((text, n) =>
        edit.insert('pain_points', { id: randomUUID(), step_id: id, text, position: n }),
      );
      tick(i + 1);
    }
    hooks.progress('Saving the import', input.rows.length, input.rows.length);
  });
  return {
    imported: input.rows.length,
    states: [...new Set(input.rows.map((r) => r.state))],
    lanesCreated: created,
    undo: undoState(db, workshopId),
  };
}
