import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Seconds pg_ctl may take to start or stop the server before the harness gives up. */
const WAIT_SECONDS = 30;
const SUPERUSER = 'postgres';

/** The newest PostgreSQL under /usr/lib/postgresql (Debian's layout), or PG_BIN when set. */
export function postgresBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql',
    );
  return join(root, versions[0]!, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The server refuses to run as root: as root, every cluster command runs as the `postgres` OS user. */
function run(bin: string, args: string[]): void {
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', timeout: (WAIT_SECONDS + 5) * 1000 });
  if (result.status !== 0)
    throw new Error(
      `${bin} ${args[0] ?? ''} failed: ${result.error?.message ?? ''}${result.stderr}${result.stdout}`,
    );
}

export interface PgCluster {
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly dir: string;
  /** The superuser's password (host connections use scram-sha-256). */
  readonly password: string;
  /** A connection URL for `user` on database `db` (the superuser by default). */
  url(user?: string, password?: string, db?: string): string;
  /** Stops the server but keeps its data (to test being offline); `start` brings it back. */
  pause(): void;
  start(): void;
  readonly running: boolean;
  /** Stops the server and removes every file; safe to call twice. */
  destroy(): void;
}

const live = new Set<PgCluster>();
process.once('exit', () => {
  for (const c of live) c.destroy();
});

/**
 * A throwaway PostgreSQL cluster for tests: initdb in a temp folder, listening on 127.0.0.1 only on
 * a free port, its socket in the same folder; `destroy` stops it and removes the folder.
 */
export async function startCluster(): Promise<PgCluster> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'triptych-pg-'));
  const data = join(dir, 'data');
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  let port = await freePort();
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    writeFileSync(join(dir, 'pw'), password, { mode: 0o600 });
    chownSync(join(dir, 'pw'), uid, gid);
  } else writeFileSync(join(dir, 'pw'), password, { mode: 0o600 });
  let running = false;
  let gone = false;
  const ctl = (action: 'start' | 'stop') =>
    run(join(bin, 'pg_ctl'), [
      action,
      '-D',
      data,
      '-w',
      '-t',
      String(WAIT_SECONDS),
      ...(action === 'start'
        ? [
            '-l',
            join(dir, 'server.log'),
            '-o',
            `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`,
          ]
        : ['-m', 'fast']),
    ]);
  const cluster: PgCluster = {
    host: '127.0.0.1',
    get port() {
      return port;
    },
    dir,
    password,
    url: (user = SUPERUSER, pw = password, db = 'postgres') =>
      `postgres://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/${db}`,
    get running() {
      return running;
    },
    pause() {
      if (running) ctl('stop');
      running = false;
    },
    start() {
      if (!running) ctl('start');
      running = true;
    },
    destroy() {
      if (gone) return;
      gone = true;
      live.delete(cluster);
      try {
        if (running) ctl('stop');
      } finally {
        running = false;
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  live.add(cluster);
  try {
    run(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      SUPERUSER,
      '--pwfile',
      join(dir, 'pw'),
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    // Another test file may take the free port between our look and the server's bind: try another.
    for (let attempt = 1; ; attempt++) {
      try {
        cluster.start();
        return cluster;
      } catch (err) {
        if (attempt === 3) throw err;
        port = await freePort();
      }
    }
  } catch (err) {
    cluster.destroy();
    throw err;
  }
}
