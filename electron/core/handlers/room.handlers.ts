import { parseAttendeeLines } from '../../../shared/domain/attendees.js';
import type { roomChannels } from '../../../shared/ipc/room.channels.js';
import { recordEdit, undoState } from '../edits/log.js';
import { addRoomItem, deleteRoomItem, reorderRoomItem, updateRoomItem } from '../edits/room.js';
import { getWorkshop } from '../repo/workshops.js';
import type { HandlerMap } from './types.js';

const LABELS: Record<string, string> = {
  pain_point: 'pain point',
  parking_lot: 'parking-lot item',
  agenda: 'agenda item',
};
const label = (kind: string) => LABELS[kind] ?? kind;

export const roomHandlers: HandlerMap<keyof typeof roomChannels> = {
  'room:add': (i, { core }) => {
    const db = core.db();
    getWorkshop(db, i.workshopId);
    const id = recordEdit(db, i.workshopId, `Add ${label(i.item.kind)}`, (e) =>
      addRoomItem(e, i.workshopId, i.item),
    );
    return { id, undo: undoState(db, i.workshopId) };
  },
  'room:update': (i, { core }) => {
    const db = core.db();
    recordEdit(db, i.workshopId, `Edit ${label(i.item.kind)}`, (e) =>
      updateRoomItem(e, i.workshopId, i.item),
    );
    return { id: i.item.id, undo: undoState(db, i.workshopId) };
  },
  'room:delete': (i, { core }) => {
    const db = core.db();
    recordEdit(db, i.workshopId, `Delete ${label(i.kind)}`, (e) =>
      deleteRoomItem(e, i.workshopId, i.kind, i.id),
    );
    return { id: null, undo: undoState(db, i.workshopId) };
  },
  'room:reorder': (i, { core }) => {
    const db = core.db();
    recordEdit(db, i.workshopId, `Move ${label(i.kind)}`, (e) =>
      reorderRoomItem(e, i.workshopId, i.kind, i.id, i.delta),
    );
    return { id: i.id, undo: undoState(db, i.workshopId) };
  },
  'attendee:add-lines': (i, { core }) => {
    const db = core.db();
    getWorkshop(db, i.workshopId);
    const lines = parseAttendeeLines(i.text);
    recordEdit(db, i.workshopId, `Add ${lines.length} attendee(s)`, (e) => {
      for (const a of lines) addRoomItem(e, i.workshopId, { kind: 'attendee', ...a });
    });
    return { id: null, added: lines.length, undo: undoState(db, i.workshopId) };
  },
};
