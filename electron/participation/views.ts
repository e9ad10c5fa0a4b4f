import type { WorkshopData } from '../../shared/domain/workshop-data.js';
import type { RoomStatus } from '../../shared/ipc/participation.channels.js';
import type { ParticipantView } from '../../shared/participation/contract.js';
import { loadWorkshopData } from '../core/repo/snapshot-load.js';
import type { Db } from '../core/store/database.js';
import { dotsUsed } from './actions.js';
import type { Participant, RoomSession } from './room-session.js';

/** The workshop as the room sees it, read once per change rather than once per phone. */
export class RoomData {
  private key = '';
  private data: WorkshopData | null = null;

  constructor(
    private readonly db: () => Db,
    private readonly room: RoomSession,
  ) {}

  /** Any edit (from the room or from the facilitator) moves `updated_at`; so does any room change. */
  stamp(): string {
    const updated = this.db()
      .prepare(`SELECT updated_at FROM workshops WHERE id = ?`)
      .pluck()
      .get(this.room.workshopId) as string | undefined;
    return `${this.room.rev}|${updated ?? ''}`;
  }

  get(): WorkshopData {
    const key = this.stamp();
    if (!this.data || key !== this.key) {
      this.data = loadWorkshopData(this.db(), this.room.workshopId);
      this.key = key;
    }
    return this.data;
  }

  totals(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const v of this.get().votes)
      if (v.targetType === 'pain_point') totals[v.targetId] = (totals[v.targetId] ?? 0) + v.dots;
    return totals;
  }
}

export function participantView(data: RoomData, room: RoomSession, me: Participant): ParticipantView {
  const d = data.get();
  const { focus, budget, revealTotals, votingLocked } = room.settings;
  const map = d.maps[focus.state];
  const lanes = new Map(map.lanes.map((l) => [l.id, l.name]));
  const myVotes: Record<string, number> = {};
  let used = 0;
  for (const v of d.votes)
    if (v.participant === me.label && v.targetType === 'pain_point') {
      myVotes[v.targetId] = (myVotes[v.targetId] ?? 0) + v.dots;
      used += v.dots;
    }
  return {
    rev: room.rev,
    workshopTitle: d.workshop.title,
    me: { id: me.id, name: me.name },
    focus,
    steps: map.steps.map((s) => ({
      id: s.id,
      title: s.title,
      lane: (s.laneId && lanes.get(s.laneId)) || '',
      painPoints: d.painPoints.filter((p) => p.stepId === s.id).map((p) => ({ id: p.id, text: p.text })),
    })),
    budget,
    used,
    myVotes,
    totals: revealTotals ? data.totals() : null,
    votingLocked,
    mine: room.contributions
      .filter((c) => c.participantId === me.id)
      .map((c) => ({ clientId: c.clientId, kind: c.kind, text: c.text, status: c.status })),
    endsAt: room.endsAt.toISOString(),
  };
}

export function facilitatorStatus(
  db: Db,
  data: RoomData,
  room: RoomSession,
  where: { url: string; address: string; qrSvg: string },
): RoomStatus {
  const d = data.get();
  const steps = new Map(Object.values(d.maps).flatMap((m) => m.steps.map((s) => [s.id, s.title] as const)));
  return {
    open: true,
    workshopId: room.workshopId,
    url: where.url,
    address: where.address,
    joinCode: room.joinCode,
    qrSvg: where.qrSvg,
    endsAt: room.endsAt.toISOString(),
    ...room.settings,
    participants: [...room.participants.values()].map((p) => ({
      id: p.id,
      name: p.name,
      joinedAt: p.joinedAt,
      dotsUsed: dotsUsed(db, room.workshopId, p.label),
    })),
    contributions: room.contributions.map((c) => ({
      id: c.id,
      kind: c.kind,
      text: c.text,
      stepId: c.stepId,
      stepTitle: c.stepId ? (steps.get(c.stepId) ?? null) : null,
      from: room.participants.get(c.participantId)?.name ?? 'Removed participant',
      status: c.status,
      landedId: c.landedId,
      at: c.at,
    })),
    totals: data.totals(),
  };
}
