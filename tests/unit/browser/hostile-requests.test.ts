import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type BrowserServer, startBrowserServer } from '../../../electron/browser/server.js';
import type { AppCore } from '../../../electron/core/app-core.js';
import { startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

let server: BrowserServer;
let core: AppCore;

afterEach(async () => {
  await server?.close();
  await core?.close();
});

async function start() {
  core = await startCore();
  const rendererDir = tempDir();
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Triptych</title>');
  server = await startBrowserServer({ ctx: { core }, rendererDir });
  return { server, rendererDir };
}

/** The path goes on the wire exactly as written (http.request would refuse some of these). */
function raw(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => {
      const lines = [`${method} ${path} HTTP/1.1`, `Host: 127.0.0.1:${server.port}`, 'Connection: close'];
      for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
      socket.write(lines.join('\r\n') + '\r\nContent-Length: 0\r\n\r\n');
    });
    let text = '';
    socket.on('data', (d) => (text += d));
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0);
      // The body may be chunked: the JSON is from the first brace to the last.
      resolve({ status, body: text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1) });
    });
    socket.on('error', reject);
  });
}

function get(path: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser mode never exits on a request', () => {
  it('malformed URL: GET /%, /%zz, /%E0%A4%A and // answer 400 or 404 and the server stays up', async () => {
    await start();
    for (const path of ['/%', '/%zz', '/%E0%A4%A', '//', '//evil.example/x', '/a%00b']) {
      const { status } = await raw('GET', path);
      expect([400, 404], path).toContain(status);
    }
    expect(await get('/')).toBe(200);
  });

  it('malformed URL: POST /api/% answers 400 with an envelope, with or without the token', async () => {
    const { server: s } = await start();
    const withToken = await raw('POST', '/api/%', { 'x-triptych-token': s.token });
    expect(withToken.status).toBe(400);
    expect(JSON.parse(withToken.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await raw('POST', '/api/%E0%A4%A')).status).toBe(401);
    expect(await get('/')).toBe(200);
  });

  it('symlink out of the renderer folder: static files never follow it', async () => {
    const { rendererDir } = await start();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.txt'), 'client secrets');
    symlinkSync(join(outside, 'secret.txt'), join(rendererDir, 'leak.txt'));
    symlinkSync(outside, join(rendererDir, 'assets'));
    expect(await get('/leak.txt')).toBe(404);
    expect(await get('/assets/secret.txt')).toBe(404);
    expect(await get('/index.html')).toBe(200);
  });
});
