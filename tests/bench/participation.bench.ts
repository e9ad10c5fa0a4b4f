import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { AppCore } from '../../electron/core/app-core.js';
import { dispatch } from '../../electron/core/handlers/dispatch.js';
import { vote } from '../../electron/participation/actions.js';
import { participationOf } from '../../electron/participation/service.js';

/**
 * A bounded loopback load test: 200 phones × 20 actions (10 contributions, 10 dots), one in
 * twenty sent twice as a flaky Wi-Fi would. Latency runs from sending an action to its answer,
 * which the server gives only once the action is in the facilitator's state (SQLite committed,
 * moderation list updated). Then every action is counted: none lost, none doubled.
 */
const PHONES = 200;
const ACTIONS = 20;

async function call<T>(route: string, body: unknown, token?: string): Promise<{ ok: boolean; value: T }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers['x-participant-token'] = token;
  const res = await fetch(`${base}/p/api/${route}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return (await res.json()) as { ok: boolean; value: T };
}
const ok = async <T>(p: Promise<{ ok: boolean; value: T }>) => {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value;
};

const core = await AppCore.start({ dataDir: mkdtempSync(join(tmpdir(), 'bench-room-')), version: 'bench' });
const invoke = async <T>(channel: string, input: unknown): Promise<T> => {
  const r = await dispatch({ core }, channel, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};
const { workshop } = await invoke<{ workshop: { id: string } }>('workshop:create', {
  client: 'Bench',
  title: 'Room',
});
const workshopId = workshop.id;
const maps = (await invoke<{ maps: { current: { id: string } } }>('workshop:data', { id: workshopId })).maps;
const steps: string[] = [];
const pains: string[] = [];
for (let i = 0; i < 5; i++) {
  const s = await invoke<{ id: string }>('step:create', {
    mapId: maps.current.id,
    afterStepId: steps.at(-1) ?? null,
    fields: { title: `Step ${i + 1}` },
  });
  steps.push(s.id);
  for (let j = 0; j < 2; j++)
    pains.push(
      (
        await invoke<{ id: string }>('room:add', {
          workshopId,
          item: { kind: 'pain_point', stepId: s.id, text: `P${i}${j}` },
        })
      ).id,
    );
}
const room = participationOf(core);
const status = await room.open({ workshopId, address: '127.0.0.1', minutes: 30, budget: 10 });
const base = status.url!.replace(/\/$/, '');

const tokens = await Promise.all(
  Array.from({ length: PHONES }, (_, i) =>
    ok(call<{ token: string }>('join', { code: status.joinCode, name: `P${i}` })).then((v) => v.token),
  ),
);

const latencies: number[] = [];
let sent = 0;
const started = performance.now();
await Promise.all(
  tokens.map(async (token, p) => {
    for (let a = 0; a < ACTIONS; a++) {
      const clientId = `bench-${p}-${a}`;
      const body =
        a % 2 === 0
          ? { clientId, kind: 'pain_point', text: `From ${p}: ${a}`, stepId: steps[a % steps.length] }
          : { clientId, painPointId: pains[(p + a) % pains.length], delta: 1 };
      const route = a % 2 === 0 ? 'contribute' : 'vote';
      const t0 = performance.now();
      await ok(call(route, body, token));
      latencies.push(performance.now() - t0);
      sent++;
      // A retry of the same action, as after a lost answer: must not count again.
      if ((p + a) % 20 === 0) await ok(call(route, body, token));
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
latencies.sort((x, y) => x - y);
const pct = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;

const final = room.status(workshopId);
const contributions = final.contributions.length;
const votes = core
  .db()
  .prepare(`SELECT count(*) FROM votes WHERE workshop_id = ?`)
  .pluck()
  .get(workshopId) as number;
const expected = { contributions: (PHONES * ACTIONS) / 2, votes: (PHONES * ACTIONS) / 2 };
const perPhone = final.participants.every((p) => p.dotsUsed === ACTIONS / 2);
const lost = Math.max(0, expected.contributions - contributions) + Math.max(0, expected.votes - votes);
const doubled = Math.max(0, contributions - expected.contributions) + Math.max(0, votes - expected.votes);
console.log(
  [
    `\nRoom load test (loopback): ${PHONES} phones × ${ACTIONS} actions = ${sent} actions in ${seconds.toFixed(2)} s`,
    `  throughput: ${(sent / seconds).toFixed(0)} actions/s`,
    `  action → facilitator state: p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, p99 ${pct(0.99).toFixed(1)} ms`,
    `  lost: ${lost}, doubled: ${doubled}, every phone's dots counted: ${perPhone}`,
  ].join('\n'),
);
if (lost !== 0 || doubled !== 0 || !perPhone) throw new Error('The room lost or doubled actions.');

// Per action: the floor is the same dot applied in-process (no HTTP, no JSON); then over the room server.
const roomSession = room.room!;
const who = roomSession.participants.values().next().value!;
let n = 0;
roomSession.settings.budget = 1_000_000;
describe('one dot from a phone', () => {
  bench('floor: the vote applied in-process', () => {
    n++;
    vote(core.db(), roomSession, who, {
      clientId: `floor-${n}`,
      painPointId: pains[0]!,
      delta: 1,
    });
  });
  bench('the vote over the room server (HTTP on loopback)', async () => {
    n++;
    await call('vote', { clientId: `http-${n}`, painPointId: pains[1]!, delta: 1 }, tokens[n % PHONES]);
  });
});
