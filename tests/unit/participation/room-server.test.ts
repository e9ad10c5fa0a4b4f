import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { AppCore } from '../../../electron/core/app-core.js';
import { participationOf } from '../../../electron/participation/service.js';
import type { RoomStatus } from '../../../shared/ipc/participation.channels.js';
import { invoke, startCore } from '../../helpers/core.js';
import { raw, roomWorkshop, written } from '../../helpers/room.js';

let core: AppCore;

afterEach(async () => {
  await participationOf(core).close();
  await core.close();
});

async function openRoom(budget = 3) {
  core = await startCore();
  const w = await roomWorkshop(core);
  const status = await invoke(core, 'participation:open', {
    workshopId: w.workshopId,
    address: '127.0.0.1',
    minutes: 30,
    budget,
  });
  const port = Number(new URL(status.url!).port);
  const post = (route: string, body: unknown, token?: string, headers: Record<string, string> = {}) =>
    raw(port, {
      path: `/p/api/${route}`,
      body: JSON.stringify(body),
      headers: { ...(token ? { 'x-participant-token': token } : {}), ...headers },
    });
  const join = async (name = 'Ana') => {
    const r = await post('join', { code: status.joinCode, name });
    expect(r.status).toBe(200);
    return (r.body.value as unknown as { token: string; participantId: string }).token;
  };
  return { ...w, status, port, post, join };
}

const cid = (n: number) => `client-action-${n}`;

describe('participation server', () => {
  it('opens on the chosen address with a code, URL and a locally drawn QR code', async () => {
    const r = await openRoom();
    expect(r.status.open).toBe(true);
    expect(r.status.url).toBe(`http://127.0.0.1:${r.port}/`);
    expect(r.status.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(r.status.qrSvg).toContain('<svg');
  });

  it('refuses an address that is not this computer’s', async () => {
    core = await startCore();
    const w = await roomWorkshop(core);
    await expect(
      invoke(core, 'participation:open', {
        workshopId: w.workshopId,
        address: '8.8.8.8',
        minutes: 30,
        budget: 3,
      }),
    ).rejects.toThrow(/not an address of this computer/);
  });

  it('joins by code, contributes and votes; a retried action id counts once', async () => {
    const r = await openRoom();
    const token = await r.join();
    const c = { clientId: cid(1), kind: 'pain_point', text: 'Forms are printed', stepId: r.stepA };
    expect((await r.post('contribute', c, token)).body.value).toEqual({ clientId: cid(1), duplicate: false });
    expect((await r.post('contribute', c, token)).body.value).toEqual({ clientId: cid(1), duplicate: true });
    const v = { clientId: cid(2), painPointId: r.painPoint, delta: 1 };
    await r.post('vote', v, token);
    await r.post('vote', v, token);
    const s = await invoke(core, 'participation:status', { workshopId: r.workshopId });
    expect(s.contributions).toHaveLength(1);
    expect(s.totals[r.painPoint]).toBe(1);
    expect(s.participants[0]).toMatchObject({ name: 'Ana', dotsUsed: 1 });
    const view = (await r.post('state', {}, token)).body.value as unknown as {
      steps: unknown[];
      used: number;
    };
    expect(view.steps).toHaveLength(2);
    expect(view.used).toBe(1);
  });

  it('keeps each person within the vote budget, and refuses votes while voting is locked', async () => {
    const r = await openRoom(2);
    const token = await r.join();
    for (const n of [1, 2])
      await r.post('vote', { clientId: cid(n), painPointId: r.painPoint, delta: 1 }, token);
    const third = await r.post('vote', { clientId: cid(3), painPointId: r.painPoint, delta: 1 }, token);
    expect(third.body.error?.code).toBe('conflict');
    await invoke(core, 'participation:settings', { workshopId: r.workshopId, votingLocked: true });
    const locked = await r.post('vote', { clientId: cid(4), painPointId: r.painPoint, delta: -1 }, token);
    expect(locked.body.error?.message).toMatch(/locked/);
    expect(written(core).votes).toBe(2);
  });

  it('asks the phone to send a dot again while an import holds the write slot, then counts it once', async () => {
    const r = await openRoom();
    const token = await r.join();
    const v = { clientId: cid(1), painPointId: r.painPoint, delta: 1 };
    const release = await core.jobs.gate.acquire();
    const held = await r.post('vote', v, token);
    expect(held.status).toBe(503);
    expect(held.body.error?.code).toBe('db_busy');
    expect(written(core).votes).toBe(0);
    release();
    const again = await r.post('vote', v, token);
    expect(again.status).toBe(200);
    expect(written(core).votes).toBe(1);
  });

  it('refuses a wrong code, and a code from an earlier session', async () => {
    const r = await openRoom();
    const before = written(core);
    expect((await r.post('join', { code: 'ZZZZZZ' })).status).toBe(403);
    const old = r.status.joinCode!;
    await invoke(core, 'participation:close', { workshopId: r.workshopId });
    const again = await invoke(core, 'participation:open', {
      workshopId: r.workshopId,
      address: '127.0.0.1',
      minutes: 30,
      budget: 3,
    });
    const port = Number(new URL(again.url!).port);
    const reused = await raw(port, { path: '/p/api/join', body: JSON.stringify({ code: old }) });
    expect(again.joinCode).not.toBe(old);
    expect(reused.status).toBe(403);
    expect(participationOf(core).room!.participants.size).toBe(0);
    expect(written(core)).toEqual(before);
  });

  it('slows down guessing: after ten wrong codes even the right one waits', async () => {
    const r = await openRoom();
    for (let i = 0; i < 10; i++) await r.post('join', { code: 'WRONG1' });
    const right = await r.post('join', { code: r.status.joinCode });
    expect(right.status).toBe(429);
    expect(right.body.error?.code).toBe('rate_limited');
  });

  it('refuses a removed participant’s token, with nothing written', async () => {
    const r = await openRoom();
    const token = await r.join();
    await invoke(core, 'participation:remove', {
      workshopId: r.workshopId,
      participantId: participationOf(core).room!.byToken(token)!.id,
    });
    const before = written(core);
    const v = await r.post('vote', { clientId: cid(1), painPointId: r.painPoint, delta: 1 }, token);
    const c = await r.post('contribute', { clientId: cid(2), kind: 'idea', text: 'x', stepId: null }, token);
    expect([v.status, c.status]).toEqual([401, 401]);
    expect(written(core)).toEqual(before);
    expect(participationOf(core).room!.contributions).toHaveLength(0);
  });

  it('refuses a foreign Origin and a foreign Host, with nothing written', async () => {
    const r = await openRoom();
    const token = await r.join();
    const before = written(core);
    const vote = { clientId: cid(1), painPointId: r.painPoint, delta: 1 };
    const origin = await r.post('vote', vote, token, { origin: 'http://evil.example' });
    const host = await r.post('vote', vote, token, { host: 'evil.example' });
    const join = await r.post('join', { code: r.status.joinCode }, undefined, {
      origin: 'http://evil.example',
    });
    expect([origin.status, host.status, join.status]).toEqual([403, 403, 403]);
    expect(written(core)).toEqual(before);
    expect(participationOf(core).room!.participants.size).toBe(1);
  });

  it('refuses oversize, malformed and invalid payloads, with nothing written', async () => {
    const r = await openRoom();
    const token = await r.join();
    const before = written(core);
    const big = await r.post(
      'contribute',
      { clientId: cid(1), kind: 'idea', text: 'x'.repeat(5000), stepId: null },
      token,
    );
    const bad = await raw(r.port, {
      path: '/p/api/contribute',
      body: '{"clientId":',
      headers: { 'x-participant-token': token },
    });
    const invalid = await r.post(
      'contribute',
      { clientId: 'x', kind: 'rant', text: '', stepId: 'nope' },
      token,
    );
    const extra = await r.post('vote', { clientId: cid(2), painPointId: r.painPoint, delta: 5 }, token);
    const foreignStep = await r.post(
      'contribute',
      { clientId: cid(3), kind: 'idea', text: 'x', stepId: '00000000-0000-4000-8000-000000000000' },
      token,
    );
    expect([big.status, bad.status, invalid.status, extra.status, foreignStep.status]).toEqual([
      413, 400, 400, 400, 404,
    ]);
    expect(written(core)).toEqual(before);
    expect(participationOf(core).room!.contributions).toHaveLength(0);
  });

  it('never answers the facilitator’s API, whatever the path', async () => {
    const r = await openRoom();
    const token = await r.join();
    const before = written(core);
    const paths = [
      '/api/workshop:list',
      '/p/api/workshop:list',
      '/p/api/participation:close',
      '/p/api/room:add',
    ];
    for (const path of paths) {
      const res = await raw(r.port, {
        path,
        body: JSON.stringify({ workshopId: r.workshopId }),
        headers: { 'x-participant-token': token, 'x-triptych-token': token },
      });
      expect(res.status, path).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Onboarding');
    }
    expect(written(core)).toEqual(before);
    expect(participationOf(core).room).not.toBeNull();
  });

  it('limits how fast one participant may send', async () => {
    const r = await openRoom();
    const token = await r.join();
    const answers = await Promise.all(Array.from({ length: 45 }, () => r.post('state', {}, token)));
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThan(0);
  });

  it('tells live phones about changes, and ends every access when closed', async () => {
    const r = await openRoom();
    const token = await r.join();
    const ws = new WebSocket(`ws://127.0.0.1:${r.port}/p/ws`, {
      headers: { origin: `http://127.0.0.1:${r.port}` },
    });
    const messages: string[] = [];
    ws.on('message', (m) => messages.push(String(m)));
    await new Promise((res) => ws.once('open', res));
    ws.send(token);
    await expect.poll(() => messages.length).toBeGreaterThan(0);
    const closed = new Promise((res) => ws.once('close', res));
    const status: RoomStatus = await invoke(core, 'participation:close', { workshopId: r.workshopId });
    await closed;
    expect(status.open).toBe(false);
    expect(messages.some((m) => m.includes('"ended"'))).toBe(true);
    await expect(r.post('state', {}, token)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('moderation', () => {
  it('accepts as an undoable pain point, merges into one, hides; ideas go to the parking lot', async () => {
    const r = await openRoom();
    const token = await r.join();
    const send = (n: number, kind: string, stepId: string | null) =>
      r.post('contribute', { clientId: cid(n), kind, text: `Thing ${n}`, stepId }, token);
    await send(1, 'pain_point', r.stepA);
    await send(2, 'pain_point', r.stepB);
    await send(3, 'question', null);
    await send(4, 'idea', r.stepA);
    const [a, b, c, d] = (await invoke(core, 'participation:status', { workshopId: r.workshopId }))
      .contributions;
    const w = r.workshopId;
    await invoke(core, 'participation:moderate', { workshopId: w, contributionId: a!.id, action: 'accept' });
    await invoke(core, 'participation:moderate', {
      workshopId: w,
      contributionId: b!.id,
      action: 'merge',
      painPointId: r.painPoint,
    });
    await invoke(core, 'participation:moderate', { workshopId: w, contributionId: c!.id, action: 'hide' });
    await invoke(core, 'participation:moderate', { workshopId: w, contributionId: d!.id, action: 'accept' });
    const data = await invoke(core, 'workshop:data', { id: w });
    expect(data.painPoints.map((p) => p.text)).toEqual(['Thing 1', 'Approvals wait for days']);
    expect(data.parkingLot.map((p) => p.text)).toEqual(['Idea (from the room): Thing 4']);
    const s = await invoke(core, 'participation:status', { workshopId: w });
    expect(s.contributions.map((x) => x.status)).toEqual(['accepted', 'merged', 'hidden', 'accepted']);
    await expect(
      invoke(core, 'participation:moderate', { workshopId: w, contributionId: a!.id, action: 'hide' }),
    ).rejects.toThrow(/already landed/);
    await invoke(core, 'edit:undo', { workshopId: w });
    await invoke(core, 'edit:undo', { workshopId: w });
    expect((await invoke(core, 'workshop:data', { id: w })).painPoints).toHaveLength(1);
  });
});
