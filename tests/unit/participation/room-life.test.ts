import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { participationOf } from '../../../electron/participation/service.js';
import { stepRows } from '../../../shared/report/build-states.js';
import { compareForReport } from '../../../shared/report/build.js';
import { buildContext } from '../../../shared/report/context.js';
import { defaultReportOptions } from '../../../shared/report/options.js';
import type { ParticipantView } from '../../../shared/participation/contract.js';
import { invoke, startCore } from '../../helpers/core.js';
import { raw, roomWorkshop } from '../../helpers/room.js';

let core: AppCore;

afterEach(async () => {
  await participationOf(core).close();
  await core.close();
});

async function setup(minutes = 30) {
  core = await startCore();
  const w = await roomWorkshop(core);
  const status = await participationOf(core).open({
    workshopId: w.workshopId,
    address: '127.0.0.1',
    minutes,
    budget: 3,
  });
  const port = Number(new URL(status.url!).port);
  const joined = await raw(port, { path: '/p/api/join', body: JSON.stringify({ code: status.joinCode }) });
  const token = (joined.body.value as unknown as { token: string }).token;
  const post = (route: string, body: unknown) =>
    raw(port, {
      path: `/p/api/${route}`,
      body: JSON.stringify(body),
      headers: { 'x-participant-token': token },
    });
  return { ...w, port, post };
}

describe('the room over time', () => {
  it('phones follow the facilitator’s focus: the stage shown and the step discussed', async () => {
    const r = await setup();
    const view = async () => (await r.post('state', {})).body.value as unknown as ParticipantView;
    expect((await view()).focus).toEqual({ state: 'current', stepId: null });
    await invoke(core, 'participation:settings', {
      workshopId: r.workshopId,
      focus: { state: 'current', stepId: r.stepB },
    });
    expect((await view()).focus).toEqual({ state: 'current', stepId: r.stepB });
    await invoke(core, 'participation:settings', {
      workshopId: r.workshopId,
      focus: { state: 'future', stepId: null },
    });
    const future = await view();
    expect(future.focus.state).toBe('future');
    expect(future.steps).toEqual([]);
  });

  it('ends by itself when its time is up, and refuses every request after', async () => {
    // A fraction of a minute through the service (the contract's floor is five minutes).
    const r = await setup(0.005);
    await new Promise((res) => setTimeout(res, 700));
    expect(participationOf(core).status(r.workshopId).open).toBe(false);
    await expect(r.post('state', {})).rejects.toThrow(/ECONNREFUSED/);
  });

  it('what lands from the room is in the report: accepted pain points with their dots', async () => {
    const r = await setup();
    await r.post('contribute', {
      clientId: 'contrib-0001',
      kind: 'pain_point',
      text: 'Forms get lost',
      stepId: r.stepA,
    });
    const [c] = participationOf(core).status(r.workshopId).contributions;
    await invoke(core, 'participation:moderate', {
      workshopId: r.workshopId,
      contributionId: c!.id,
      action: 'accept',
    });
    const landed = participationOf(core).status(r.workshopId).contributions[0]!.landedId!;
    await r.post('vote', { clientId: 'vote-00000001', painPointId: landed, delta: 1 });
    await r.post('vote', { clientId: 'vote-00000002', painPointId: landed, delta: 1 });
    const data = await invoke(core, 'workshop:data', { id: r.workshopId });
    const ctx = buildContext(data, defaultReportOptions(), compareForReport(data), null);
    expect(stepRows(ctx, 'current')[0]!.painPoints).toEqual(['Forms get lost (2 votes)']);
  });
});
