import type { FirmStatus, OutboxItem, PublishOptions } from '../../../shared/firm/types.js';
import type { AppCore } from '../app-core.js';
import { AppError } from '../store/errors.js';
import { type FirmTarget, describeTarget, isLoopback, parseFirmUrl, withFirm } from './connection.js';
import {
  discardEntry,
  enqueuePublish,
  listOutbox,
  markFailed,
  markSent,
  nextDue,
  outboxEntry,
  waitingEntries,
} from './outbox.js';
import type { PgClient } from './pg-migration.js';
import { publishVersion } from './publish.js';
import { type FirmSecrets, memorySecrets } from './secrets.js';
import { readFirmTarget, writeFirmTarget } from './settings.js';

/** The background retry never waits less than this between two attempts. */
const MIN_DELAY_MS = 500;
/** After a failed attempt, searches answer "unreachable" at once for this long instead of waiting again. */
const OFFLINE_HOLD_MS = 15_000;

/**
 * The firm library from one core's side: where it is, the password, the outbox and its
 * background sender. Every network call is bounded (connection.ts), so nothing here holds the app.
 */
export class FirmService {
  private url: { target: FirmTarget; password: string | null } | null = null;
  private connection: FirmStatus['connection'] = 'unknown';
  private lastError: string | null = null;
  private checkedAt: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly core: AppCore,
    private readonly secrets: FirmSecrets = memorySecrets(),
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    if (env.TRIPTYCH_FIRM_URL) this.useUrl(env.TRIPTYCH_FIRM_URL);
  }

  /** A library named by URL (`--firm-url`, TRIPTYCH_FIRM_URL) wins over Settings for this session. */
  useUrl(url: string): void {
    this.url = parseFirmUrl(url);
  }

  target(): FirmTarget | null {
    return this.url?.target ?? readFirmTarget(this.core.db());
  }

  private password(target: FirmTarget): string | null {
    return this.url?.password ?? this.secrets.load(describeTarget(target)) ?? this.env.PGPASSWORD ?? null;
  }

  configure(target: FirmTarget | null, password?: string): void {
    const before = readFirmTarget(this.core.db());
    if (before && password !== undefined) this.secrets.save(describeTarget(before), null);
    writeFirmTarget(this.core.db(), target);
    if (target && password !== undefined)
      this.secrets.save(describeTarget(target), password === '' ? null : password);
    this.connection = 'unknown';
    this.lastError = null;
    this.schedule();
  }

  status(): FirmStatus {
    const target = this.target();
    const outbox: OutboxItem[] = listOutbox(this.core.db());
    return {
      configured: target !== null,
      source: this.url ? 'url' : target ? 'settings' : null,
      target,
      tls: target !== null && !isLoopback(target.host),
      passwordKnown: target !== null && this.password(target) !== null,
      passwordStorage: this.secrets.kind,
      connection: this.connection,
      lastError: this.lastError,
      checkedAt: this.checkedAt,
      waiting: outbox.filter((i) => i.sentAt === null).length,
      outbox,
    };
  }

  /**
   * Runs `fn` on a fresh connection, keeping the status the UI shows. Just after the library was
   * found unreachable, answers so at once (search as you type must not queue connection attempts)
   * unless `retry` asks to try anyway.
   */
  async run<T>(fn: (client: PgClient) => Promise<T>, retry = false): Promise<T> {
    const target = this.target();
    if (!target) throw new AppError('conflict', 'No firm library is set up: see Settings → Firm library.');
    if (!retry && this.heldOffline())
      throw new AppError('db_unavailable', this.lastError ?? 'The firm library cannot be reached.');
    try {
      const value = await withFirm(target, this.password(target), fn);
      this.note('online', null);
      return value;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof AppError && err.code === 'db_unavailable') this.note('offline', message);
      else if (err instanceof AppError && err.code === 'forbidden') this.note('refused', message);
      throw err;
    }
  }

  /** Found unreachable a moment ago: not worth another wait yet. */
  private heldOffline(): boolean {
    const since = this.checkedAt ? Date.now() - Date.parse(this.checkedAt) : Infinity;
    return this.connection === 'offline' && since < OFFLINE_HOLD_MS;
  }

  private note(connection: FirmStatus['connection'], error: string | null): void {
    this.connection = connection;
    this.lastError = error;
    this.checkedAt = new Date().toISOString();
  }

  /** Queues the workshop as it is now (one SQLite transaction), then tries to send at once. */
  async publish(workshopId: string, opts: PublishOptions): Promise<OutboxItem> {
    const entry = await this.write(() => enqueuePublish(this.core.db(), workshopId, opts));
    // Sent now when the library answers; just after it did not, the background retry sends it.
    if (this.target() && !this.heldOffline()) await this.drain();
    else this.schedule();
    const { content: _c, industry: _i, ...item } = outboxEntry(this.core.db(), entry.id)!;
    return item;
  }

  discard(id: string): void {
    if (!discardEntry(this.core.db(), id))
      throw new AppError(
        'not_found',
        'Nothing waiting with this id (it may have been sent already).',
        'outboxId',
      );
  }

  /**
   * Sends what waits, oldest first, each with its idempotency key: a resend after a lost
   * acknowledgement finds its version instead of adding one. One drain at a time.
   */
  drain(all = true): Promise<void> {
    this.draining ??= this.sendWaiting(all).finally(() => {
      this.draining = null;
      this.schedule();
    });
    return this.draining;
  }

  private async sendWaiting(all: boolean): Promise<void> {
    const db = this.core.db();
    const waiting = waitingEntries(db, all ? undefined : new Date());
    if (waiting.length === 0 || !this.target()) return;
    let current: string | null = null;
    try {
      await this.run(async (client) => {
        for (const entry of waiting) {
          current = entry.id;
          try {
            const version = await publishVersion(client, { idempotencyKey: entry.id, ...entry });
            await this.write(() => markSent(db, entry.id, version));
          } catch (err) {
            // A refusal (team, rights, content) waits for the user; a network failure stops the round.
            if (!(err instanceof AppError)) throw err;
            const message = err.message;
            await this.write(() => markFailed(db, entry.id, message));
          }
        }
      }, true);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await this.write(() => {
        for (const entry of waiting)
          if (entry.id === current || current === null) markFailed(db, entry.id, message);
      });
    }
  }

  /**
   * The firm channels wait on the network outside the write slot (see NETWORK_CHANNELS); their
   * local writes take it like any edit, so they never meet a worker's import.
   */
  write<T>(fn: () => T): Promise<T> {
    return this.core.jobs.gate.run(fn);
  }

  /** Wakes up when the next waiting publish is due (backoff per entry); never keeps the process alive. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.closed || this.core.status().state !== 'ready' || !this.target()) return;
    const due = nextDue(this.core.db());
    if (!due) return;
    const delay = Math.max(MIN_DELAY_MS, due.getTime() - Date.now());
    this.timer = setTimeout(() => {
      this.drain(false).catch((err: unknown) => console.warn('Firm library outbox:', err));
    }, delay);
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.draining?.catch(() => undefined);
  }
}

const services = new WeakMap<AppCore, FirmService>();

/** The core's firm service, made on first use (with in-memory secrets unless the shell gave others). */
export function firmOf(core: AppCore, secrets?: FirmSecrets): FirmService {
  let service = services.get(core);
  if (!service) {
    service = new FirmService(core, secrets);
    services.set(core, service);
    core.onClose(() => service!.close());
  }
  return service;
}
