import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/temp.js';

vi.mock('electron', () => ({}));
const { registerAppScheme, serveAppScheme } = await import('../../../electron/main/app-scheme.js');

function fakeProtocol() {
  const handlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();
  return {
    handlers,
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, fn: (request: { url: string; method: string }) => Promise<Response>) =>
      handlers.set(scheme, fn),
    ),
  };
}

describe('app:// in the Electron shell', () => {
  it('registers app as a standard, secure scheme with fetch (before ready)', () => {
    const protocol = fakeProtocol();
    registerAppScheme(protocol as never);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer folder through protocol.handle, and nothing above it', async () => {
    const base = tempDir();
    const root = join(base, 'renderer');
    mkdirSync(root);
    writeFileSync(join(root, 'index.html'), '<title>Triptych</title>');
    writeFileSync(join(base, 'secret.txt'), 'secret');
    const protocol = fakeProtocol();
    serveAppScheme(protocol as never, root);
    const handler = protocol.handlers.get('app')!;
    const page = await handler({ url: 'app://triptych/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Triptych');
    expect((await handler({ url: 'app://triptych/%2e%2e/secret.txt', method: 'GET' })).status).toBe(404);
  });
});
