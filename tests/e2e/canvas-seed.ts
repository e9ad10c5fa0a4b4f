import type { RunningApp } from './harness.js';

/** A 12-step, 7-lane map, as a real deployment process moves between teams. */
export const STEPS: [string, string][] = [
  ['Submit hardware request form', 'Application team'],
  ['Manager approval', 'IT management'],
  ['Finance approval', 'Finance'],
  ['Raise purchase order', 'Procurement'],
  ['Receive and rack the server', 'Infrastructure'],
  ['Install the operating system', 'Infrastructure'],
  ['Open firewall ports', 'Network team'],
  ['Configure monitoring', 'Infrastructure'],
  ['Deploy application', 'Application team'],
  ['Run acceptance tests', 'Quality assurance'],
  ['Change advisory board approval', 'IT management'],
  ['Go-live and hand over to support', 'Application team'],
];

export async function seedMap(app: RunningApp): Promise<string> {
  const { workshop } = await app.api('workshop:create', {
    client: 'Northwind IT',
    title: 'Canvas',
    date: null,
  });
  const maps = (await app.api('workshop:data', { id: workshop.id })).maps;
  let prev: string | null = null;
  for (const [i, [title, laneName]] of STEPS.entries()) {
    const created: { id: string | null } = await app.api('step:create', {
      mapId: maps.current.id,
      afterStepId: prev,
      fields: { title, laneName, processMinutes: 30 + i * 10, waitMinutes: i % 3 === 0 ? 8 * 60 : 60 },
    });
    prev = created.id;
  }
  await app.api('lane:create', { mapId: maps.current.id, name: 'Lane X' });
  return workshop.id;
}
