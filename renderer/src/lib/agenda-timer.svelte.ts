import type { AgendaItem } from '../../../shared/domain/room.js';

interface Saved {
  index: number;
  elapsedMs: number;
  startedAt: number | null;
}

/** The agenda clock: current item, time left (or overrun), start/pause/next; kept across reloads. */
export class AgendaTimer {
  index = $state(0);
  elapsedMs = $state(0);
  startedAt = $state<number | null>(null);
  now = $state(Date.now());
  private readonly key: string;

  constructor(workshopId: string) {
    this.key = `triptych.timer.${workshopId}`;
    try {
      const saved = JSON.parse(localStorage.getItem(this.key) ?? 'null') as Saved | null;
      if (saved) Object.assign(this, saved);
    } catch {
      // A damaged saved timer just starts again.
    }
  }

  get running(): boolean {
    return this.startedAt !== null;
  }

  spentMs(): number {
    return this.elapsedMs + (this.startedAt === null ? 0 : this.now - this.startedAt);
  }

  /** Milliseconds left on the item (negative when over time). */
  leftMs(item: AgendaItem): number {
    return item.minutes * 60_000 - this.spentMs();
  }

  toggle(): void {
    if (this.startedAt === null) this.startedAt = Date.now();
    else {
      this.elapsedMs += Date.now() - this.startedAt;
      this.startedAt = null;
    }
    this.save();
  }

  next(count: number): void {
    this.index = Math.min(this.index + 1, Math.max(count - 1, 0));
    this.elapsedMs = 0;
    this.startedAt = this.startedAt === null ? null : Date.now();
    this.save();
  }

  private save(): void {
    const saved: Saved = { index: this.index, elapsedMs: this.elapsedMs, startedAt: this.startedAt };
    localStorage.setItem(this.key, JSON.stringify(saved));
  }
}

export function clock(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
