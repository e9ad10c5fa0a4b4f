import type { mapChannels } from '../../../shared/ipc/map.channels.js';
import type { Edit } from '../edits/edit.js';
import { createLane, deleteLane, moveLane, updateLane } from '../edits/lanes.js';
import { recordEdit, redo, undo, undoState } from '../edits/log.js';
import { createLink, startFrom } from '../edits/start-from.js';
import { createStep, deleteStep, duplicateStep, moveStep, updateStep } from '../edits/steps.js';
import { updateProcess, updateWorkshop } from '../edits/workshop.js';
import { ownerOfLane, ownerOfMap, ownerOfStep } from '../repo/owners.js';
import { loadWorkshopData } from '../repo/snapshot-load.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import type { HandlerMap } from './types.js';
import { noImportRunning } from '../jobs/import-guard.js';

/** Runs an edit for a workshop and answers with the new id (if any) and the undo state. */
function edited(db: Db, workshopId: string, label: string, fn: (edit: Edit) => string | void) {
  const id = recordEdit(db, workshopId, label, fn) ?? null;
  return { id, undo: undoState(db, workshopId) };
}

function linkOwner(db: Db, linkId: string): string {
  const from = db.prepare(`SELECT from_step_id FROM step_links WHERE id = ?`).pluck().get(linkId) as
    string | undefined;
  if (!from) throw new AppError('not_found', 'That link no longer exists.');
  return ownerOfStep(db, from).workshopId;
}

export const mapHandlers: HandlerMap<keyof typeof mapChannels> = {
  'workshop:data': (i, { core }) => loadWorkshopData(core.db(), i.id),
  'workshop:update': (i, { core }) =>
    edited(core.db(), i.id, 'Edit workshop details', (e) => updateWorkshop(e, i.id, i.patch)),
  'process:update': (i, { core }) =>
    edited(core.db(), i.workshopId, 'Edit process', (e) => updateProcess(e, i.workshopId, i.patch)),
  'step:create': (i, { core }) => {
    const { workshopId } = ownerOfMap(core.db(), i.mapId);
    return edited(core.db(), workshopId, 'Add step', (e) => createStep(e, i.mapId, i.afterStepId, i.fields));
  },
  'step:update': (i, { core }) =>
    edited(core.db(), ownerOfStep(core.db(), i.stepId).workshopId, 'Edit step', (e) =>
      updateStep(e, i.stepId, i.patch),
    ),
  'step:delete': (i, { core }) =>
    edited(core.db(), ownerOfStep(core.db(), i.stepId).workshopId, 'Delete step', (e) =>
      deleteStep(e, i.stepId),
    ),
  'step:move': (i, { core }) =>
    edited(core.db(), ownerOfStep(core.db(), i.stepId).workshopId, 'Move step', (e) =>
      moveStep(e, i.stepId, i.delta),
    ),
  'step:place': (i, { core }) =>
    edited(core.db(), ownerOfStep(core.db(), i.stepId).workshopId, 'Move step', (e) => {
      updateStep(e, i.stepId, { laneId: i.laneId });
      if (i.delta !== 0) moveStep(e, i.stepId, i.delta);
    }),
  'step:duplicate': (i, { core }) =>
    edited(core.db(), ownerOfStep(core.db(), i.stepId).workshopId, 'Duplicate step', (e) =>
      duplicateStep(e, i.stepId),
    ),
  'lane:create': (i, { core }) =>
    edited(core.db(), ownerOfMap(core.db(), i.mapId).workshopId, 'Add lane', (e) =>
      createLane(e, i.mapId, i.name, i.kind),
    ),
  'lane:update': (i, { core }) => {
    const o = ownerOfLane(core.db(), i.laneId);
    return edited(core.db(), o.workshopId, 'Edit lane', (e) => updateLane(e, o.mapId, i.laneId, i));
  },
  'lane:move': (i, { core }) => {
    const o = ownerOfLane(core.db(), i.laneId);
    return edited(core.db(), o.workshopId, 'Move lane', (e) => moveLane(e, o.mapId, i.laneId, i.delta));
  },
  'lane:delete': (i, { core }) => {
    const o = ownerOfLane(core.db(), i.laneId);
    return edited(core.db(), o.workshopId, 'Delete lane', (e) =>
      deleteLane(e, o.mapId, i.laneId, i.moveStepsTo),
    );
  },
  'map:start-from': (i, { core }) =>
    edited(core.db(), i.workshopId, `Start ${i.target} from ${i.source}`, (e) => {
      startFrom(e, i.workshopId, i.source, i.target, i.replace === true);
    }),
  'link:create': (i, { core }) =>
    edited(core.db(), ownerOfStep(core.db(), i.fromStepId).workshopId, 'Link steps', (e) =>
      createLink(e, i.fromStepId, i.toStepId),
    ),
  'link:delete': (i, { core }) =>
    edited(core.db(), linkOwner(core.db(), i.linkId), 'Unlink steps', (e) => {
      e.delete('step_links', { id: i.linkId });
    }),
  'edit:undo': (i, { core }) => {
    noImportRunning(core.jobs, i.workshopId, 'Undo');
    return { label: undo(core.db(), i.workshopId), undo: undoState(core.db(), i.workshopId) };
  },
  'edit:redo': (i, { core }) => {
    noImportRunning(core.jobs, i.workshopId, 'Redo');
    return { label: redo(core.db(), i.workshopId), undo: undoState(core.db(), i.workshopId) };
  },
  'edit:state': (i, { core }) => undoState(core.db(), i.workshopId),
};
