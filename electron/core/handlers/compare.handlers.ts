import type { compareChannels } from '../../../shared/ipc/compare.channels.js';
import { recordEdit, undoState } from '../edits/log.js';
import { createLink } from '../edits/start-from.js';
import { acceptFinding, clearMark, listMarks, rejectSuggestion } from '../edits/suggestion-marks.js';
import { ownerOfStep } from '../repo/owners.js';
import { getWorkshop } from '../repo/workshops.js';
import { AppError } from '../store/errors.js';
import type { HandlerMap } from './types.js';

export const compareHandlers: HandlerMap<keyof typeof compareChannels> = {
  'suggestion:list': (i, { core }) => {
    getWorkshop(core.db(), i.workshopId);
    return listMarks(core.db(), i.workshopId);
  },
  'suggestion:reject': (i, { core }) => {
    const db = core.db();
    getWorkshop(db, i.workshopId);
    const label = i.key.startsWith('link:') ? 'Reject suggested link' : 'Dismiss suggested finding';
    recordEdit(db, i.workshopId, label, (e) => rejectSuggestion(e, i.workshopId, i.key));
    return { id: null, undo: undoState(db, i.workshopId) };
  },
  'suggestion:restore': (i, { core }) => {
    const db = core.db();
    getWorkshop(db, i.workshopId);
    recordEdit(db, i.workshopId, 'Restore suggestion', (e) => clearMark(e, i.workshopId, i.key));
    return { id: null, undo: undoState(db, i.workshopId) };
  },
  'link:accept-many': (i, { core }) => {
    const db = core.db();
    getWorkshop(db, i.workshopId);
    const label = `Accept ${i.pairs.length} automatic ${i.pairs.length === 1 ? 'match' : 'matches'}`;
    recordEdit(db, i.workshopId, label, (e) => {
      for (const pair of i.pairs) {
        if (ownerOfStep(db, pair.fromStepId).workshopId !== i.workshopId)
          throw new AppError('invalid_input', 'pairs: every step must belong to this workshop', 'pairs');
        createLink(e, pair.fromStepId, pair.toStepId);
      }
    });
    return { id: null, undo: undoState(db, i.workshopId) };
  },
  'finding:accept-suggestion': (i, { core }) => {
    const db = core.db();
    getWorkshop(db, i.workshopId);
    const id = recordEdit(db, i.workshopId, 'Accept suggested finding', (e) =>
      acceptFinding(e, i.workshopId, i.key, i.finding),
    );
    return { id, undo: undoState(db, i.workshopId) };
  },
  'finding:accept-suggestions': (i, { core }) => {
    const db = core.db();
    getWorkshop(db, i.workshopId);
    const n = i.suggestions.length;
    recordEdit(db, i.workshopId, `Accept ${n} suggested finding${n === 1 ? '' : 's'}`, (e) => {
      for (const s of i.suggestions) acceptFinding(e, i.workshopId, s.key, s.finding);
    });
    return { id: null, accepted: n, undo: undoState(db, i.workshopId) };
  },
};
