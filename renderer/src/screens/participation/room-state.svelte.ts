import type { MapState } from '../../../../shared/domain/types.js';
import type {
  ModerateInput,
  NetworkChoice,
  RoomStatus,
} from '../../../../shared/ipc/participation.channels.js';
import { call } from '../../lib/api.js';

/** Omit that keeps the union's branches apart. */
type Moderation = ModerateInput extends infer T ? (T extends unknown ? Omit<T, 'workshopId'> : never) : never;
type Settings = { budget?: number; revealTotals?: boolean; votingLocked?: boolean };

/** The facilitator's view of the room: polled while open, every change through the contract. */
export class RoomState {
  status = $state<RoomStatus | null>(null);
  networks = $state<NetworkChoice[]>([]);
  error = $state<string | null>(null);
  busy = $state(false);
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    readonly workshopId: string,
    /** Called when votes or accepted items changed the workshop, so the screen reloads it. */
    private readonly onWorkshopChanged: () => void,
  ) {}

  get open(): boolean {
    return this.status?.open ?? false;
  }

  get pending(): number {
    return this.status?.contributions.filter((c) => c.status === 'pending').length ?? 0;
  }

  async refresh(): Promise<void> {
    const before = this.status;
    const next = await call('participation:status', { workshopId: this.workshopId });
    this.status = next;
    if (before && JSON.stringify(before.totals) !== JSON.stringify(next.totals)) this.onWorkshopChanged();
    if (next.open) this.poll();
    else this.stop();
  }

  async loadNetworks(): Promise<void> {
    this.networks = await call('participation:networks', {});
  }

  async start(opts: {
    address: string;
    minutes: number;
    budget: number;
    focus: { state: MapState; stepId: string | null };
  }) {
    await this.run(() => call('participation:open', { workshopId: this.workshopId, ...opts }));
    this.poll();
  }

  close = () => this.run(() => call('participation:close', { workshopId: this.workshopId }));

  settings = (s: Settings) =>
    this.run(() => call('participation:settings', { workshopId: this.workshopId, ...s }));

  focus = (focus: { state: MapState; stepId: string | null }) =>
    this.run(() => call('participation:settings', { workshopId: this.workshopId, focus }));

  async moderate(input: Moderation): Promise<void> {
    await this.run(() =>
      call('participation:moderate', { workshopId: this.workshopId, ...input } as ModerateInput),
    );
    this.onWorkshopChanged();
  }

  remove = (participantId: string) =>
    this.run(() => call('participation:remove', { workshopId: this.workshopId, participantId }));

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private poll(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), 1000);
  }

  private async run(fn: () => Promise<RoomStatus>): Promise<void> {
    this.busy = true;
    try {
      this.status = await fn();
      this.error = null;
      if (!this.status.open) this.stop();
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    } finally {
      this.busy = false;
    }
  }
}
