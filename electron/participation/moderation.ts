import type { ModerateInput } from '../../shared/ipc/participation.channels.js';
import { recordEdit } from '../core/edits/log.js';
import { addRoomItem } from '../core/edits/room.js';
import type { Db } from '../core/store/database.js';
import { AppError } from '../core/store/errors.js';
import type { Contribution, RoomSession } from './room-session.js';

const PREFIX = { pain_point: 'Pain point', idea: 'Idea', question: 'Question' } as const;

/** A pain point on a step stays a pain point; anything else goes to the parking lot, marked. */
function land(db: Db, workshopId: string, c: Contribution): string {
  if (c.kind === 'pain_point' && c.stepId)
    return recordEdit(db, workshopId, 'Accept pain point from the room', (e) =>
      addRoomItem(e, workshopId, { kind: 'pain_point', stepId: c.stepId!, text: c.text }),
    );
  return recordEdit(db, workshopId, `Accept ${PREFIX[c.kind].toLowerCase()} from the room`, (e) =>
    addRoomItem(e, workshopId, {
      kind: 'parking_lot',
      text: `${PREFIX[c.kind]} (from the room): ${c.text}`,
      stepId: c.stepId,
    }),
  );
}

/** The facilitator's say over what the room sent: accept it, fold it into a pain point, or hide it. */
export function moderate(db: Db, room: RoomSession, input: ModerateInput): void {
  const c = room.contribution(input.contributionId);
  if (c.status === 'accepted' || c.status === 'merged')
    throw new AppError('conflict', 'That contribution has already landed in the workshop.');
  if (input.action === 'accept') {
    c.landedId = land(db, room.workshopId, c);
    c.status = 'accepted';
  } else if (input.action === 'merge') {
    const target = input.painPointId;
    const exists = db
      .prepare(
        `SELECT 1 FROM pain_points pp JOIN steps s ON s.id = pp.step_id JOIN maps m ON m.id = s.map_id
         JOIN processes p ON p.id = m.process_id WHERE pp.id = ? AND p.workshop_id = ?`,
      )
      .get(target, room.workshopId);
    if (!exists) throw new AppError('not_found', 'That pain point is not in this workshop.', 'painPointId');
    c.landedId = target;
    c.status = 'merged';
  } else {
    c.status = 'hidden';
  }
  room.touch();
}
