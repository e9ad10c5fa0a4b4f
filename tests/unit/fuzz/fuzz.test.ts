import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBrowserServer } from '../../../electron/browser/server.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { CHANNELS } from '../../../shared/ipc/contract.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

/** xorshift32: the same calls on every run, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

const KEYS = [
  'id',
  'workshopId',
  'stepId',
  'mapId',
  'laneId',
  'findingId',
  'afterStepId',
  'text',
  'title',
  'client',
  'kind',
  'state',
  'patch',
  'item',
  'file',
  'content',
  'base64',
  'path',
  'destination',
  'mode',
  'delta',
  'fields',
  'options',
  'choice',
  'backup',
  'targetType',
  'targetId',
  'dots',
  'stepIds',
  'limit',
  'date',
];
// Channels whose success has effects outside the database (windows, long report renders) are
// called with bad input only.
const OUTSIDE = new Set(['report:generate', 'app:recover']);

describe('fuzz: every channel and the HTTP surface', () => {
  it('answers every call with an envelope, never exits, and writes nothing when it refuses', async () => {
    const core = await startCore();
    const db = core.db();
    const wid = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    const data = loadWorkshopData(db, wid);
    const ids = [
      wid,
      data.maps.current.id,
      data.maps.current.steps[0]!.id,
      data.maps.future.lanes[0]!.id,
      data.findings[0]!.id,
      data.painPoints[0]!.id,
      '00000000-0000-4000-8000-000000000000',
    ];
    const rnd = random(0x7117);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const value = (depth: number): unknown => {
      const r = rnd();
      if (r < 0.25) return pick(ids);
      if (r < 0.35)
        return pick(['', 'x'.repeat(300), '/etc/passwd', '%', '../..', 'current', 'finding', '\u0000']);
      if (r < 0.45) return pick([0, -1, 1, 1e12, Number.NaN, 2.5]);
      if (r < 0.5) return pick([null, true, false, undefined]);
      if (depth > 2 || r < 0.7)
        return pick(['note', 'pain_point', 'vote', 'action', 'recommendation', 'csv']);
      if (r < 0.8) return Array.from({ length: Math.floor(rnd() * 3) }, () => value(depth + 1));
      return object(depth + 1);
    };
    const object = (depth: number) =>
      Object.fromEntries(Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => [pick(KEYS), value(depth)]));

    const changes = db.prepare(`SELECT total_changes()`).pluck();
    const started = Date.now();
    let calls = 0;
    let refused = 0;
    for (let i = 0; i < 3000 && Date.now() - started < 6000; i++) {
      const channel = i % 50 === 49 ? pick(['nope', '', '__proto__', 'constructor']) : pick(CHANNELS);
      const payload = rnd() < 0.1 ? value(0) : object(0);
      if (OUTSIDE.has(channel) && typeof payload === 'object' && payload)
        delete (payload as Record<string, unknown>).workshopId;
      const before = changes.get();
      const res = await dispatch({ core }, channel, payload);
      calls++;
      expect(typeof res.ok, `${channel} ${JSON.stringify(payload)}`).toBe('boolean');
      if (!res.ok) {
        refused++;
        expect(typeof res.error.code).toBe('string');
        expect(res.error.code, `${channel} ${JSON.stringify(payload)}: ${res.error.message}`).not.toBe(
          'internal',
        );
        expect(changes.get(), `${channel} wrote before refusing`).toBe(before);
      }
    }
    expect(calls).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(0);

    // The HTTP surface: hostile paths and methods, with and without the token.
    const rendererDir = tempDir();
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<title>T</title>');
    const server = await startBrowserServer({ ctx: { core }, rendererDir });
    const send = (method: string, path: string, body: string, token: boolean) =>
      new Promise<number>((resolve) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: server.port,
            method,
            path,
            headers: token ? { 'x-triptych-token': server.token } : {},
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', () => resolve(-1));
        req.end(body);
      });
    const pieces = [
      '/',
      '%',
      '%zz',
      '%E0%A4%A',
      '..',
      'api',
      'api/',
      'index.html',
      '%2e%2e',
      '?',
      '#',
      'workshop:list',
    ];
    for (let i = 0; i < 300; i++) {
      const path = '/' + Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(pieces)).join('');
      const body = rnd() < 0.5 ? JSON.stringify(object(0)) : pick(['', '{', 'null', '[]']);
      const status = await send(pick(['GET', 'POST', 'PUT', 'HEAD']), path, body, rnd() < 0.5);
      expect([200, 400, 401, 403, 404, 405, 413], `${path}`).toContain(status);
    }
    expect(await send('GET', '/', '', false)).toBe(200);
    await server.close();
    await core.close();
  }, 30_000);
});
