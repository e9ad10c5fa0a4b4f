import { MAP_STATES } from '../../shared/domain/types.js';
import type { WorkshopData } from '../../shared/domain/workshop-data.js';
import { originWorkshop } from '../fixtures/origin-workshop.js';
import type { ChannelInput } from '../../shared/ipc/contract.js';
import type { RunningApp } from './harness.js';

/** Builds a workshop through the public API, as the UI would, and returns its id. */
export async function seedWorkshop(app: RunningApp, data: WorkshopData = originWorkshop()): Promise<string> {
  const created = await app.api('workshop:create', {
    client: data.engagement.client,
    title: data.workshop.title,
    date: data.workshop.date,
  });
  const id = created.workshop.id;
  const { location, facilitator, objectives } = data.workshop;
  await app.api('workshop:update', { id, patch: { location, facilitator, objectives } });
  const p = data.process;
  await app.api('process:update', {
    workshopId: id,
    patch: { name: p.name, startTrigger: p.startTrigger, endOutcome: p.endOutcome },
  });
  await app.api('attendee:add-lines', {
    workshopId: id,
    text: data.attendees.map((a) => `${a.name}, ${a.role}, ${a.organisation}`).join('\n'),
  });
  for (const a of data.agenda)
    await app.api('room:add', {
      workshopId: id,
      item: { kind: 'agenda', title: a.title, minutes: a.minutes },
    });

  const maps = (await app.api('workshop:data', { id })).maps;
  const ids = new Map<string, string>();
  for (const state of MAP_STATES) {
    let prev: string | null = null;
    for (const s of data.maps[state].steps) {
      const lane = data.maps[state].lanes.find((l) => l.id === s.laneId);
      const r: { id: string | null } = await app.api('step:create', {
        mapId: maps[state].id,
        afterStepId: prev,
        fields: {
          title: s.title,
          ...(lane ? { laneName: lane.name } : {}),
          kind: s.kind,
          tools: s.tools,
          environment: s.environment,
          processMinutes: s.processMinutes,
          waitMinutes: s.waitMinutes,
          pctCompleteAccurate: s.pctCompleteAccurate,
          automation: s.automation,
          valueClass: s.valueClass,
        },
      });
      ids.set(s.id, r.id!);
      prev = r.id;
      if (s.originStepId)
        await app.api('step:update', { stepId: r.id!, patch: { originStepId: ids.get(s.originStepId)! } });
    }
  }
  for (const pp of data.painPoints)
    await app.api('room:add', {
      workshopId: id,
      item: { kind: 'pain_point', stepId: ids.get(pp.stepId)!, text: pp.text },
    });
  for (const l of data.links)
    await app.api('link:create', { fromStepId: ids.get(l.fromStepId)!, toStepId: ids.get(l.toStepId)! });
  return id;
}

/** A new workshop whose current state holds a step for each title, in order, as if typed in. */
export async function workshopWithSteps(
  app: RunningApp,
  fields: ChannelInput<'workshop:create'>,
  titles: string[] = [],
): Promise<{ id: string; mapId: string }> {
  const { workshop } = await app.api('workshop:create', fields);
  const mapId = (await app.api('workshop:data', { id: workshop.id })).maps.current.id;
  let afterStepId: string | null = null;
  for (const title of titles)
    afterStepId = (await app.api('step:create', { mapId, afterStepId, fields: { title } })).id;
  return { id: workshop.id, mapId };
}
