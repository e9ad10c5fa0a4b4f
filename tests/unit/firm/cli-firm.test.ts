import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.js';
import { type FirmLibrary, startFirmLibrary } from '../../helpers/firm-library.js';
import { tempDir } from '../../helpers/temp.js';

let lib: FirmLibrary;
beforeAll(async () => {
  lib = await startFirmLibrary();
}, 60_000);
afterAll(() => lib?.destroy());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t) }, { out: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('triptych firm', () => {
  it('publishes, searches, pulls and reports the outbox, the library named by URL', async () => {
    const a = tempDir();
    const b = tempDir();
    const id = (
      await cli('new', '--client', 'Fabrikam', '--title', 'Zeppelin hangar intake', '--data-dir', a)
    ).out;
    const offline = `postgres://alice:alice-pw@127.0.0.1:1/firm`;
    const queued = await cli('firm', 'publish', id, '--firm-url', offline, '--data-dir', a);
    expect(queued).toMatchObject({ code: 0, out: /^waiting .*Zeppelin hangar intake.*1 tries/ });
    expect((await cli('firm', 'status', '--firm-url', offline, '--data-dir', a)).out).toMatch(
      /Waiting to be sent: 1/,
    );

    // Back on the real library: `sync` sends it, once.
    const sync = await cli('firm', 'sync', '--firm-url', lib.url('alice'), '--data-dir', a);
    expect(sync.out).toMatch(/Waiting to be sent: 0/);
    expect(sync.out).toMatch(/sent .*as version 1/);

    const before = process.env.TRIPTYCH_FIRM_URL;
    process.env.TRIPTYCH_FIRM_URL = lib.url('bob');
    try {
      const found = await cli('firm', 'search', 'zeppelin', '--json', '--data-dir', b);
      const hits = JSON.parse(found.out) as { id: string; source: string; publisher: string }[];
      expect(hits).toEqual([expect.objectContaining({ source: 'firm', publisher: 'alice' })]);
      expect((await cli('firm', 'search', 'zeppelin', '--data-dir', b)).out).toMatch(
        /firm {2}Zeppelin hangar intake v1 by alice/,
      );
      const pulled = await cli('firm', 'pull', hits[0]!.id, '--data-dir', b);
      expect(pulled.out).toMatch(/^[0-9a-f-]{36}$/);
      expect(pulled.out).not.toBe(id);
      expect((await cli('list', '--data-dir', b)).out).toContain('Zeppelin hangar intake');
    } finally {
      if (before === undefined) delete process.env.TRIPTYCH_FIRM_URL;
      else process.env.TRIPTYCH_FIRM_URL = before;
    }
    expect(await cli('firm', 'frob', '--data-dir', b)).toMatchObject({ code: 2, err: /firm needs one of/ });
    expect(await cli('firm', 'publish', id, '--visibility', 'everyone', '--data-dir', a)).toMatchObject({
      code: 2,
      err: /--visibility/,
    });
  }, 60_000);
});
