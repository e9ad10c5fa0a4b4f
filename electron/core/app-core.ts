import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { AppStatus, StoreProblemKind } from '../../shared/ipc/app.channels.js';
import { JobRunner } from './jobs/runner.js';
import { purgeOldTrash } from './repo/library.js';
import { backupDir, databaseFile } from './paths.js';
import { backupsSettled, createBackup, listBackups } from './store/backup.js';
import type { DatabaseOptions, Db } from './store/database.js';
import { AppError, classifyOpenError } from './store/errors.js';
import { describeHolders, otherHolders, registerHolder } from './store/holders.js';
import { type OpenedStore, openStore } from './store/open-store.js';

export interface CoreOptions extends DatabaseOptions {
  dataDir: string;
  version: string;
  /** Who this is, for another process told that the folder is busy ("the Triptych CLI"). */
  role?: string | undefined;
  /** Where long jobs run: worker threads (default) or this thread (the CLI). */
  jobs?: 'worker' | 'inline' | undefined;
}

type Problem = { kind: StoreProblemKind; message: string; file: string };

const EXPLAIN: Partial<Record<StoreProblemKind, string>> = {
  corrupt: 'The database file is damaged, or it is not a Triptych database.',
  empty:
    'The database file is empty: it was cut short (a crash, a full disk or a sync tool). Restore a backup, or start fresh; the empty file is kept aside.',
  unreadable: 'The database file cannot be read: check that its disk or folder is available.',
  readonly: 'The data folder is read-only, so Triptych cannot save your work there.',
};

/** A sentence the user can act on, with SQLite's own words kept for support. */
function explain(kind: StoreProblemKind, detail: string): string {
  const sentence = EXPLAIN[kind];
  return sentence ? `${sentence} (${detail})` : detail;
}

/**
 * The main-side core shared by Electron, browser mode and the CLI: owns the store, and when the
 * store cannot open, holds the problem and the ways out instead of failing blank.
 */
export class AppCore {
  private store: OpenedStore | null = null;
  private problem: Problem | null = null;
  private readonly closers: (() => Promise<void>)[] = [];
  private unregister: (() => void) | null = null;

  /** Imports, reports and backups, off the UI's path; its gate orders every write. */
  readonly jobs: JobRunner;

  private constructor(readonly options: CoreOptions) {
    this.jobs = new JobRunner({
      mode: options.jobs ?? 'worker',
      dbFile: databaseFile(options.dataDir),
      nativeBinding: options.nativeBinding,
      db: () => this.db(),
    });
  }

  static async start(options: CoreOptions): Promise<AppCore> {
    const core = new AppCore(options);
    core.unregister = registerHolder(options.dataDir, options.role ?? 'Triptych');
    await core.open();
    return core;
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  /** The library opened for viewing only (a read-only data folder). */
  get readOnly(): boolean {
    return this.store?.readOnly ?? false;
  }

  get file(): string {
    return databaseFile(this.options.dataDir);
  }

  /** The open database, or a clear refusal while the app is in recovery. */
  db(): Db {
    if (!this.store)
      throw new AppError('db_unavailable', this.problem?.message ?? 'The database is not open.');
    return this.store.db;
  }

  status(): AppStatus {
    const { dataDir, version } = this.options;
    if (this.store) {
      const { schemaVersion, readOnly } = this.store;
      return { state: 'ready', dataDir, version, schemaVersion, ...(readOnly ? { readOnly } : {}) };
    }
    return {
      state: 'recovery',
      dataDir,
      version,
      problem: this.problem ?? { kind: 'other', message: 'The database is not open.', file: this.file },
      backups: listBackups(backupDir(dataDir)),
    };
  }

  /** Restores a backup or starts fresh; the old file is always kept aside, never deleted. */
  async recover(
    choice: { choice: 'restore-backup'; backup: string } | { choice: 'start-fresh' },
  ): Promise<AppStatus> {
    if (this.store)
      throw new AppError('conflict', 'The database is open and working; there is nothing to recover.');
    let source: string | null = null;
    if (choice.choice === 'restore-backup') {
      const known = listBackups(backupDir(this.dataDir)).find((b) => b.name === choice.backup);
      if (!known) throw new AppError('not_found', `No backup named ${choice.backup}.`, 'backup');
      source = join(backupDir(this.dataDir), known.name);
    }
    this.setAside();
    if (source) copyFileSync(source, this.file);
    await this.open();
    return this.status();
  }

  /** Work that must finish before the store closes (the firm library's sender). */
  onClose(fn: () => Promise<void>): void {
    this.closers.push(fn);
  }

  /** Who else has this data folder open, in words; null when nobody does. */
  otherUsers(): string | null {
    const others = otherHolders(this.dataDir);
    return others.length > 0 ? describeHolders(others) : null;
  }

  async close(): Promise<void> {
    for (const fn of this.closers.splice(0)) await fn();
    this.unregister?.();
    this.unregister = null;
    // An import cut short writes nothing; the backup is not cancellable and is waited for.
    for (const job of this.jobs.list()) this.jobs.cancel(job.id);
    await this.jobs.settled();
    await this.jobs.close();
    if (!this.store) return;
    await this.store.dailyBackup;
    await backupsSettled();
    this.store.db.close();
    this.store = null;
  }

  private async open(): Promise<void> {
    try {
      const backups = backupDir(this.dataDir);
      // The daily backup copies the whole file: a job, so a big library never holds the window.
      // The CLI runs jobs in this thread, and the store is not ours yet: it backs up the connection given.
      this.store = await openStore(this.file, backups, this.options, (db) =>
        this.options.jobs === 'inline'
          ? createBackup(db, backups, 'daily')
          : this.jobs.run('backup', { dir: backups, reason: 'daily' }),
      );
      this.problem = null;
      this.purgeTrash();
    } catch (err) {
      this.store = null;
      const detail = err instanceof Error ? err.message : String(err);
      const kind = classifyOpenError(err);
      this.problem = { kind, message: explain(kind, detail), file: this.file };
    }
  }

  /** Old trash goes at startup; a database that refuses the delete (read-only) still opens. */
  private purgeTrash(): void {
    try {
      purgeOldTrash(this.store!.db);
    } catch {
      // Retried at the next start.
    }
  }

  private setAside(): void {
    const suffix = `.set-aside-${new Date().toISOString().replace(/[-:.]/g, '')}`;
    for (const ext of ['', '-wal', '-shm']) {
      const f = this.file + ext;
      if (existsSync(f)) renameSync(f, f.replace('triptych.db', `triptych.db${suffix}`));
    }
  }
}
