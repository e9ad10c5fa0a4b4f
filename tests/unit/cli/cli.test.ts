import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli/run.js';
import { tempDir } from '../../helpers/temp.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t) }, { out: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('triptych CLI', () => {
  it('creates a workshop, prints its id, and lists it from the same data folder', async () => {
    const dir = tempDir();
    const created = await cli(
      'new',
      '--client',
      'Acme',
      '--title',
      'Application deployment',
      '--data-dir',
      dir,
    );
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^[0-9a-f-]{36}$/);
    const listed = await cli('list', '--data-dir', dir);
    expect(listed.out).toContain(created.out);
    expect(listed.out).toMatch(/Acme\s+Application deployment/);
    const json = JSON.parse((await cli('list', '--json', '--data-dir', dir)).out) as {
      id: string;
      client: string;
    }[];
    expect(json).toEqual([expect.objectContaining({ id: created.out, client: 'Acme' })]);
  });

  it('writes the daily backup when it is due, without a warning', async () => {
    const dir = tempDir();
    await cli('new', '--client', 'Acme', '--title', 'First', '--data-dir', dir);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      // The second run opens a library with data and no backup today: the daily backup is due.
      expect((await cli('list', '--data-dir', dir)).code).toBe(0);
      expect(warn.mock.calls.flat().join(' ')).not.toMatch(/backup failed/i);
    } finally {
      warn.mockRestore();
    }
    expect(readdirSync(join(dir, 'backups')).filter((f) => f.includes('daily'))).toHaveLength(1);
  });

  it('honours TRIPTYCH_DATA_DIR when --data-dir is absent', async () => {
    const dir = tempDir();
    const before = process.env.TRIPTYCH_DATA_DIR;
    process.env.TRIPTYCH_DATA_DIR = dir;
    try {
      await cli('new', '--client', 'Env', '--title', 'Via env');
      expect((await cli('list', '--data-dir', dir)).out).toContain('Via env');
    } finally {
      if (before === undefined) delete process.env.TRIPTYCH_DATA_DIR;
      else process.env.TRIPTYCH_DATA_DIR = before;
    }
  });

  it('explains bad usage with exit code 2 and writes nothing', async () => {
    const dir = tempDir();
    expect(await cli('new', '--client', 'Acme', '--data-dir', dir)).toMatchObject({
      code: 2,
      err: /--title/,
    });
    expect(await cli('new', '--client', ' ', '--title', 'T', '--data-dir', dir)).toMatchObject({
      code: 2,
      err: /client: must not be empty/,
    });
    expect(await cli('frobnicate', '--data-dir', dir)).toMatchObject({ code: 2, err: /Unknown command/ });
    expect(await cli('list', '--bogus')).toMatchObject({ code: 2 });
    expect((await cli('list', '--data-dir', dir)).out).toMatch(/No workshops yet/);
  });

  it('prints usage with --help', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: triptych <command>/);
  });
});
