import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import type { MapState } from '../../shared/domain/types.js';
import type { RoomStatus } from '../../shared/ipc/participation.channels.js';
import type { AppCore } from '../core/app-core.js';
import { getWorkshop } from '../core/repo/workshops.js';
import { AppError } from '../core/store/errors.js';
import { contribute, vote } from './actions.js';
import { allowedHosts } from './guard.js';
import { listNetworks } from './networks.js';
import { RateLimiter } from './rate-limit.js';
import { RoomSession } from './room-session.js';
import type { RoomApi } from './routes.js';
import { type RoomServer, startRoomServer } from './server.js';
import { RoomData, facilitatorStatus, participantView } from './views.js';

export interface OpenOptions {
  workshopId: string;
  address: string;
  port?: number | undefined;
  minutes: number;
  budget: number;
  focus?: { state: MapState; stepId: string | null } | undefined;
}

/** Where the built participant page is: `out/participant`, beside the main bundle (or its chunks). */
const PARTICIPANT_DIR =
  process.env.TRIPTYCH_PARTICIPANT_DIR ??
  ['../participant', '../../participant', '../../out/participant']
    .map((rel) => fileURLToPath(new URL(rel, import.meta.url)))
    .find((dir) => existsSync(join(dir, 'index.html'))) ??
  fileURLToPath(new URL('../participant', import.meta.url));

const CLOSED: Omit<RoomStatus, 'workshopId'> = {
  open: false,
  url: null,
  address: null,
  joinCode: null,
  qrSvg: null,
  endsAt: null,
  budget: 5,
  revealTotals: false,
  votingLocked: false,
  focus: { state: 'current', stepId: null },
  participants: [],
  contributions: [],
  totals: {},
};

interface Open {
  room: RoomSession;
  data: RoomData;
  server: RoomServer;
  where: { url: string; address: string; qrSvg: string };
  timers: NodeJS.Timeout[];
  lastStamp: string;
}

/** At most one room per app: opened on one workshop, on one address, until closed or timed out. */
export class Participation {
  private current: Open | null = null;

  constructor(private readonly core: AppCore) {}

  get room(): RoomSession | null {
    return this.current?.room ?? null;
  }

  async open(o: OpenOptions): Promise<RoomStatus> {
    getWorkshop(this.core.db(), o.workshopId);
    if (this.current) {
      if (this.current.room.workshopId === o.workshopId) return this.status(o.workshopId);
      throw new AppError('conflict', 'A room is already open for another workshop; close it first.');
    }
    if (!listNetworks().some((n) => n.address === o.address))
      throw new AppError('invalid_input', 'address: not an address of this computer', 'address');
    const room = new RoomSession(o.workshopId, new Date(Date.now() + o.minutes * 60_000), {
      budget: o.budget,
      revealTotals: false,
      votingLocked: false,
      focus: o.focus ?? { state: 'current', stepId: null },
    });
    const data = new RoomData(() => this.core.db(), room);
    const server = await startRoomServer({
      address: o.address,
      port: o.port ?? 0,
      staticDir: PARTICIPANT_DIR,
      room: this.api(room, data),
      allowedHosts: (port) => allowedHosts(o.address, port),
    });
    const url = `http://${allowedHosts(o.address, server.port)[0]}/`;
    const qrSvg = await QRCode.toString(`${url}#code=${room.joinCode}`, { type: 'svg', margin: 1 });
    const open: Open = {
      room,
      data,
      server,
      where: { url, address: o.address, qrSvg },
      timers: [],
      lastStamp: '',
    };
    open.timers.push(setTimeout(() => void this.close(), o.minutes * 60_000));
    // Edits made anywhere (the facilitator's map, undo) reach the phones within a moment.
    open.timers.push(setInterval(() => this.push(open), 250));
    for (const t of open.timers) t.unref();
    this.current = open;
    return this.status(o.workshopId);
  }

  async close(): Promise<void> {
    const open = this.current;
    if (!open) return;
    this.current = null;
    open.room.ended = true;
    for (const t of open.timers) clearTimeout(t);
    await open.server.close();
  }

  status(workshopId: string): RoomStatus {
    const open = this.current;
    if (!open || open.room.workshopId !== workshopId) return { ...CLOSED, workshopId };
    return facilitatorStatus(this.core.db(), open.data, open.room, open.where);
  }

  /** The open room of this workshop, or a clear refusal. */
  roomOf(workshopId: string): RoomSession {
    const room = this.current?.room;
    if (!room || room.workshopId !== workshopId)
      throw new AppError('conflict', 'No room is open for this workshop.');
    return room;
  }

  remove(workshopId: string, participantId: string): void {
    this.roomOf(workshopId).remove(participantId);
    this.current!.server.kick(participantId);
  }

  private push(open: Open): void {
    const stamp = open.data.stamp();
    if (stamp === open.lastStamp) return;
    open.lastStamp = stamp;
    open.server.broadcast({ type: 'changed', rev: open.room.rev });
  }

  private api(room: RoomSession, data: RoomData): RoomApi {
    const db = () => this.core.db();
    const who = (id: string) => {
      const p = room.participants.get(id);
      if (!p) throw new AppError('forbidden', 'Your access to this room has ended.');
      return p;
    };
    const answer = (r: { value: { clientId: string }; duplicate: boolean }) => ({
      clientId: r.value.clientId,
      duplicate: r.duplicate,
    });
    return {
      rev: () => room.rev,
      participant: (token) => room.byToken(token)?.id ?? null,
      join: (code, name) => {
        if (room.ended || !room.codeMatches(code)) return null;
        const { token, participant } = room.join(name);
        return { token, participantId: participant.id };
      },
      view: (id) => participantView(data, room, who(id)),
      contribute: (id, input) => answer(contribute(db(), room, who(id), input)),
      vote: (id, input) => {
        // A worker's import holds the one write slot; the phone keeps the dot and sends it again
        // (a 503), instead of main waiting out SQLite's busy timeout with the room frozen.
        if (this.core.jobs.gate.busy)
          throw new AppError(
            'db_busy',
            'The facilitator’s laptop is saving; your dot is sent again in a moment.',
          );
        return answer(vote(db(), room, who(id), input));
      },
      limits: { actions: new RateLimiter(30, 10), failedJoins: new RateLimiter(10, 0.2) },
    };
  }
}

const services = new WeakMap<AppCore, Participation>();

/** The participation service of a core (one per running app). */
export function participationOf(core: AppCore): Participation {
  let p = services.get(core);
  if (!p) services.set(core, (p = new Participation(core)));
  return p;
}
