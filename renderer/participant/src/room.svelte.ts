import type {
  ContributionKind,
  JoinAnswer,
  ParticipantPush,
  ParticipantView,
} from '../../../shared/participation/protocol.js';
import { clientId } from './ids.js';
import { post, RetryLater } from './transport.js';

type Queued =
  | { route: 'vote'; body: { clientId: string; painPointId: string; delta: 1 | -1 } }
  | {
      route: 'contribute';
      body: { clientId: string; kind: ContributionKind; text: string; stepId: string | null };
    };

const TOKEN_KEY = 'triptych.room.token';
const QUEUE_KEY = 'triptych.room.queue';

function load<T>(key: string, fallback: T): T {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The phone's side of the room: the token, the latest view, and the actions not yet answered,
 * kept in localStorage so a reload or a dropped Wi-Fi loses nothing and sends nothing twice.
 */
export class Room {
  token = $state<string | null>(load(TOKEN_KEY, null));
  view = $state<ParticipantView | null>(null);
  queue = $state<Queued[]>(load(QUEUE_KEY, []));
  live = $state(false);
  ended = $state<string | null>(null);
  notice = $state<string | null>(null);
  private socket: WebSocket | null = null;
  private flushing = false;
  private retry: ReturnType<typeof setTimeout> | null = null;

  /** My dots per pain point, counting the ones still on their way. */
  get myVotes(): Record<string, number> {
    const mine = { ...(this.view?.myVotes ?? {}) };
    for (const q of this.queue)
      if (q.route === 'vote') mine[q.body.painPointId] = (mine[q.body.painPointId] ?? 0) + q.body.delta;
    return mine;
  }

  get left(): number {
    const used = Object.values(this.myVotes).reduce((a, b) => a + Math.max(0, b), 0);
    return Math.max(0, (this.view?.budget ?? 0) - used);
  }

  async join(code: string, name: string): Promise<string | null> {
    try {
      const r = await post<JoinAnswer>('join', { code, name });
      if (!r.ok) return r.error.message;
      this.setToken(r.value.token);
      this.ended = null;
      this.connect();
      return null;
    } catch (err) {
      return (err as Error).message;
    }
  }

  start(): void {
    if (this.token) this.connect();
    addEventListener('online', () => this.connect());
  }

  vote(painPointId: string, delta: 1 | -1): void {
    this.enqueue({ route: 'vote', body: { clientId: clientId(), painPointId, delta } });
  }

  contribute(kind: ContributionKind, text: string, stepId: string | null): void {
    this.enqueue({ route: 'contribute', body: { clientId: clientId(), kind, text, stepId } });
  }

  async refresh(): Promise<void> {
    if (!this.token) return;
    const r = await post<ParticipantView>('state', {}, this.token);
    if (r.ok) this.view = r.value;
    else this.end(r.error.message);
  }

  private enqueue(action: Queued): void {
    this.queue = [...this.queue, action];
    this.save();
    void this.flush();
  }

  /** Sends the queue in order, one at a time; each action is dropped only once answered. */
  async flush(): Promise<void> {
    if (this.flushing || !this.token) return;
    this.flushing = true;
    try {
      while (this.queue.length > 0 && this.token) {
        const head = this.queue[0]!;
        const r = await post(head.route, head.body, this.token);
        if (!r.ok && r.error.code === 'forbidden') return this.end(r.error.message);
        if (!r.ok) this.notice = r.error.message;
        this.queue = this.queue.slice(1);
        this.save();
      }
      await this.refresh();
    } catch (err) {
      if (!(err instanceof RetryLater)) throw err;
      this.retryLater();
    } finally {
      this.flushing = false;
    }
    // An action queued while this flush waited (on the view it fetches last) goes out now; it
    // used to wait for the next change in the room, which may never come.
    if (this.queue.length > 0 && this.token && !this.retry) await this.flush();
  }

  private retryLater(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.flush();
    }, 2000);
  }

  private connect(): void {
    if (!this.token || this.socket) return;
    const ws = new WebSocket(`ws://${location.host}/p/ws`);
    this.socket = ws;
    ws.onopen = () => ws.send(this.token ?? '');
    ws.onmessage = (m) => {
      const push = JSON.parse(String(m.data)) as ParticipantPush;
      if (push.type === 'ended')
        return this.end(
          push.reason === 'removed' ? 'You were removed from the room.' : 'The room is closed.',
        );
      this.live = true;
      // Whatever was missed while away arrives as one fresh view; queued actions go out once.
      void this.refresh().catch(() => undefined);
      void this.flush();
    };
    ws.onclose = () => {
      this.socket = null;
      this.live = false;
      if (this.token) setTimeout(() => this.connect(), 1500);
    };
  }

  private end(reason: string): void {
    this.ended = reason;
    this.setToken(null);
    this.view = null;
    this.queue = [];
    this.save();
    this.socket?.close();
  }

  private setToken(token: string | null): void {
    this.token = token;
    if (token) localStorage.setItem(TOKEN_KEY, JSON.stringify(token));
    else localStorage.removeItem(TOKEN_KEY);
  }

  private save(): void {
    localStorage.setItem(QUEUE_KEY, JSON.stringify($state.snapshot(this.queue)));
  }
}
