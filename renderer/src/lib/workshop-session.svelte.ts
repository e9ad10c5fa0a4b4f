import type { MapState } from '../../../shared/domain/types.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import type { Channel, ChannelInput, ChannelResult } from '../../../shared/ipc/contract.js';
import type { UndoState } from '../../../shared/ipc/map.channels.js';
import { ApiError, call } from './api.js';

type EditChannel = {
  [C in Channel]: ChannelResult<C> extends { undo: UndoState } ? C : never;
}[Channel];

/**
 * One open workshop: its data, the ordered queue of edits (each committed before the next is
 * sent), the saved state shown to the user, and undo/redo.
 */
export class WorkshopSession {
  data = $state<WorkshopData | null>(null);
  undo = $state<UndoState>({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  saving = $state(0);
  error = $state<string | null>(null);
  lastSavedAt = $state<number | null>(null);
  /** Imports running as jobs; edits go on meanwhile. */
  background = $state(0);
  /** What a finished or cancelled job has to say ("Cancelled: nothing was changed."). */
  notice = $state<string | null>(null);
  selected = $state<Record<MapState, string | null>>({ current: null, future: null, actual: null });
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly id: string) {}

  async load(): Promise<void> {
    const [data, undo] = await Promise.all([
      call('workshop:data', { id: this.id }),
      call('edit:state', { workshopId: this.id }),
    ]);
    this.data = data;
    this.undo = undo;
  }

  /** Queues an edit; resolves with its result, or rejects with the ApiError (e.g. a field's path). */
  edit<C extends EditChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
    this.saving++;
    const run = this.queue.then(async () => {
      try {
        const result = await call(channel, input);
        this.undo = (result as { undo: UndoState }).undo;
        this.error = null;
        this.lastSavedAt = Date.now();
        await this.load();
        return result;
      } catch (err) {
        if (!(err instanceof ApiError && err.code === 'invalid_input'))
          this.error = err instanceof Error ? err.message : String(err);
        throw err;
      } finally {
        this.saving--;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * A long import, run as a job beside the edit queue, so the facilitator keeps editing while it
   * works. Its result lands like an edit, after the edits sent meanwhile. Null when it was cancelled.
   */
  async inBackground<C extends EditChannel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<ChannelResult<C> | null> {
    this.background++;
    this.notice = null;
    try {
      const result = await call(channel, input);
      await this.queue;
      await this.load();
      this.error = null;
      this.lastSavedAt = Date.now();
      return result;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'cancelled') this.notice = err.message;
      else this.error = err instanceof Error ? err.message : String(err);
      return null;
    } finally {
      this.background--;
    }
  }

  /** Undo or redo; a refusal is said (an import still running, a library open for viewing only). */
  async history(direction: 'undo' | 'redo'): Promise<string | null> {
    this.saving++;
    const run = this.queue.then(async () => {
      try {
        const result = await call(direction === 'undo' ? 'edit:undo' : 'edit:redo', { workshopId: this.id });
        this.undo = result.undo;
        await this.load();
        return result.label;
      } catch (err) {
        if (err instanceof ApiError && err.code === 'conflict') this.notice = err.message;
        else this.error = err instanceof Error ? err.message : String(err);
        return null;
      } finally {
        this.saving--;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
