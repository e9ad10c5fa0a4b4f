import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Who has a data folder open: one small file per process, so a lasting lock can be explained. */
export interface Holder {
  pid: number;
  role: string;
  host: string;
  since: string;
}

const folder = (dataDir: string) => join(dataDir, 'open-by');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Records this process as a user of the folder; returns how to take the record back. */
export function registerHolder(dataDir: string, role: string): () => void {
  const file = join(folder(dataDir), `${process.pid}.json`);
  try {
    mkdirSync(folder(dataDir), { recursive: true, mode: 0o700 });
    const holder: Holder = { pid: process.pid, role, host: hostname(), since: new Date().toISOString() };
    writeFileSync(file, JSON.stringify(holder), { mode: 0o600 });
  } catch {
    // A read-only folder: nothing to record, and nobody can write there anyway.
  }
  return () => rmSync(file, { force: true });
}

/** The other live processes that have this folder open (stale records of dead ones are removed). */
export function otherHolders(dataDir: string): Holder[] {
  let names: string[];
  try {
    names = readdirSync(folder(dataDir));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = join(folder(dataDir), name);
    try {
      const h = JSON.parse(readFileSync(file, 'utf8')) as Holder;
      if (h.pid === process.pid) return [];
      if (h.host === hostname() && !alive(h.pid)) {
        rmSync(file, { force: true });
        return [];
      }
      return [h];
    } catch {
      return [];
    }
  });
}

/** "the Triptych CLI (process 4321, open since 10:02)", for a busy message. */
export function describeHolders(holders: Holder[]): string {
  return holders
    .map((h) => `${h.role} (process ${h.pid}, open since ${h.since.slice(11, 16)} UTC)`)
    .join(', ');
}
