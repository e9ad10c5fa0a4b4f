import type { SuggestionMark } from '../../../../../shared/ipc/compare.channels.js';
import { call } from '../../../lib/api.js';
import type { WorkshopSession } from '../../../lib/workshop-session.svelte.js';

/**
 * The facilitator's decisions about the comparison's suggestions. Reloaded after every change to
 * the workshop (edits and undo reload `session.data`), so it follows undo too.
 */
export class SuggestionMarks {
  list = $state<SuggestionMark[]>([]);
  loaded = $state(false);
  private ticket = 0;

  constructor(private readonly session: WorkshopSession) {}

  async refresh(): Promise<void> {
    const ticket = ++this.ticket;
    const list = await call('suggestion:list', { workshopId: this.session.id });
    if (ticket !== this.ticket) return; // a newer refresh is on its way
    this.list = list;
    this.loaded = true;
  }

  rejected(key: string): boolean {
    return this.list.some((m) => m.key === key && m.decision === 'rejected');
  }

  /** The finding an accepted suggestion became, if that finding still exists. */
  acceptedAs(key: string): string | null {
    const mark = this.list.find((m) => m.key === key && m.decision === 'accepted');
    const findingId = mark?.findingId ?? null;
    return findingId && this.session.data?.findings.some((f) => f.id === findingId) ? findingId : null;
  }

  reject(key: string): Promise<unknown> {
    return this.session.edit('suggestion:reject', { workshopId: this.session.id, key });
  }

  restore(key: string): Promise<unknown> {
    return this.session.edit('suggestion:restore', { workshopId: this.session.id, key });
  }
}
