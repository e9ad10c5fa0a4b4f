import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
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
  return server;
}

/** A raw request, so Host and Origin can be set as an attacker would. */
function send(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: opts.path,
        method: opts.method ?? 'POST',
        headers: opts.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const rows = () => core.db().prepare('SELECT count(*) FROM workshops').pluck().get();
const create = JSON.stringify({ client: 'Acme', title: 'Deployment' });

describe('browser mode', () => {
  it('listens on loopback only, on a free port, with a URL carrying the token', async () => {
    const s = await start();
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/#token=${s.token}`);
    expect(s.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call with the right token', async () => {
    const s = await start();
    const res = await send({
      path: '/api/workshop:create',
      headers: { 'x-triptych-token': s.token },
      body: create,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { workshop: { title: 'Deployment' } } });
    expect(rows()).toBe(1);
  });

  it('rejects a missing or wrong token and writes nothing', async () => {
    const s = await start();
    expect((await send({ path: '/api/workshop:create', body: create })).status).toBe(401);
    const wrong = s.token.slice(0, -1) + (s.token.endsWith('a') ? 'b' : 'a');
    expect(
      (await send({ path: '/api/workshop:create', headers: { 'x-triptych-token': wrong }, body: create }))
        .status,
    ).toBe(401);
    expect(
      (await send({ path: '/api/workshop:create', headers: { 'x-triptych-token': '' }, body: create }))
        .status,
    ).toBe(401);
    expect(rows()).toBe(0);
  });

  it('rejects a foreign Origin even with the token', async () => {
    const s = await start();
    const res = await send({
      path: '/api/workshop:create',
      headers: { 'x-triptych-token': s.token, origin: 'http://evil.example' },
      body: create,
    });
    expect(res.status).toBe(403);
    expect(rows()).toBe(0);
    const sameHostOtherPort = await send({
      path: '/api/workshop:list',
      headers: { 'x-triptych-token': s.token, origin: `http://127.0.0.1:${s.port + 1}` },
      body: '{}',
    });
    expect(sameHostOtherPort.status).toBe(403);
  });

  it('rejects a non-loopback Host (DNS rebinding), for pages as well as the API', async () => {
    const s = await start();
    const api = await send({
      path: '/api/workshop:create',
      headers: { 'x-triptych-token': s.token, host: `attacker.example:${s.port}` },
      body: create,
    });
    expect(api.status).toBe(403);
    const page = await send({ path: '/', method: 'GET', headers: { host: `192.168.1.5:${s.port}` } });
    expect(page.status).toBe(403);
    expect(rows()).toBe(0);
  });

  it('serves the renderer with a CSP, and nothing outside it', async () => {
    await start();
    const page = await send({ path: '/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Triptych</title>');
    expect((await send({ path: '/../../../etc/passwd', method: 'GET' })).status).toBe(404);
    expect((await send({ path: '/%2e%2e/%2e%2e/etc/passwd', method: 'GET' })).status).toBe(404);
  });

  it('returns invalid_input for malformed JSON and an invalid payload', async () => {
    const s = await start();
    const headers = { 'x-triptych-token': s.token };
    const malformed = await send({ path: '/api/workshop:create', headers, body: '{"client": "Ac' });
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const invalid = await send({ path: '/api/workshop:create', headers, body: '{"client":"A","title":""}' });
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'title' },
    });
    expect(rows()).toBe(0);
  });
});
