import { createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { invoke, startCore } from '../../helpers/core.js';

let core: AppCore | undefined;
const sockets: Socket[] = [];
// A "library" that accepts the connection and never answers: the firm channel waits its timeout.
const silent = createServer((s) => sockets.push(s));

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  silent.close();
  await core?.close();
});

describe('the firm library and the write slot', () => {
  it('an edit is not kept waiting while a sync waits on an unanswering library', async () => {
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    core = await startCore();
    await invoke(core, 'firm:configure', {
      target: { host: '127.0.0.1', port, database: 'firm', user: 'consultant' },
      password: 'x',
    });
    let syncDone = false;
    const sync = invoke(core, 'firm:sync', {}).finally(() => (syncDone = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(sockets.length).toBeGreaterThan(0);
    const created = await invoke(core, 'workshop:create', { client: 'Acme', title: 'Edit during sync' });
    expect(created.workshop.title).toBe('Edit during sync');
    expect(syncDone).toBe(false);
    expect((await sync).connection).toBe('offline');
  });
});
