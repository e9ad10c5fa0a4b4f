import { randomUUID } from 'node:crypto';
import type { ParticipantInput } from '../../shared/participation/contract.js';
import { recordEdit } from '../core/edits/log.js';
import { addRoomItem, deleteRoomItem } from '../core/edits/room.js';
import { ownerOfStep } from '../core/repo/owners.js';
import type { Db } from '../core/store/database.js';
import { AppError } from '../core/store/errors.js';
import type { Participant, RoomSession } from './room-session.js';

/** What a participant may do: each checked against the room's rules, each at most once per id. */

function stepInWorkshop(db: Db, workshopId: string, stepId: string): void {
  let owner: string | null = null;
  try {
    owner = ownerOfStep(db, stepId).workshopId;
  } catch {
    owner = null;
  }
  if (owner !== workshopId) throw new AppError('not_found', 'That step is not in this workshop.', 'stepId');
}

function painPointInWorkshop(db: Db, workshopId: string, id: string): void {
  const owner = db
    .prepare(
      `SELECT p.workshop_id FROM pain_points pp JOIN steps s ON s.id = pp.step_id
       JOIN maps m ON m.id = s.map_id JOIN processes p ON p.id = m.process_id WHERE pp.id = ?`,
    )
    .pluck()
    .get(id);
  if (owner !== workshopId)
    throw new AppError('not_found', 'That pain point is not in this workshop.', 'painPointId');
}

export function dotsUsed(db: Db, workshopId: string, label: string): number {
  return db
    .prepare(`SELECT COALESCE(SUM(dots), 0) FROM votes WHERE workshop_id = ? AND participant = ?`)
    .pluck()
    .get(workshopId, label) as number;
}

export function contribute(
  db: Db,
  room: RoomSession,
  who: Participant,
  input: ParticipantInput<'contribute'>,
) {
  return room.once(who.id, input.clientId, () => {
    if (input.stepId) stepInWorkshop(db, room.workshopId, input.stepId);
    room.contributions.push({
      id: randomUUID(),
      clientId: input.clientId,
      participantId: who.id,
      kind: input.kind,
      text: input.text.trim(),
      stepId: input.stepId ?? null,
      status: 'pending',
      landedId: null,
      at: new Date().toISOString(),
    });
    room.touch();
    return { clientId: input.clientId };
  });
}

/** A dot is one vote row signed by the participant, written as an ordinary undoable edit. */
export function vote(db: Db, room: RoomSession, who: Participant, input: ParticipantInput<'vote'>) {
  return room.once(who.id, input.clientId, () => {
    if (room.settings.votingLocked) throw new AppError('conflict', 'Voting is locked.');
    painPointInWorkshop(db, room.workshopId, input.painPointId);
    const w = room.workshopId;
    if (input.delta === 1) {
      if (dotsUsed(db, w, who.label) >= room.settings.budget)
        throw new AppError('conflict', `You have used all ${room.settings.budget} of your dots.`);
      recordEdit(db, w, 'Vote from the room', (e) =>
        addRoomItem(e, w, {
          kind: 'vote',
          targetType: 'pain_point',
          targetId: input.painPointId,
          participant: who.label,
          dots: 1,
        }),
      );
    } else {
      const mine = db
        .prepare(
          `SELECT id FROM votes WHERE workshop_id = ? AND participant = ? AND target_type = 'pain_point'
           AND target_id = ? ORDER BY rowid DESC LIMIT 1`,
        )
        .pluck()
        .get(w, who.label, input.painPointId) as string | undefined;
      if (!mine) throw new AppError('conflict', 'You have no dot on that pain point.');
      recordEdit(db, w, 'Vote taken back in the room', (e) => deleteRoomItem(e, w, 'vote', mine));
    }
    room.touch();
    return { clientId: input.clientId };
  });
}
