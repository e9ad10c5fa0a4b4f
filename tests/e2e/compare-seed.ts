/**
 * Builds the origin story through the contract, the way a facilitator would: map current, start
 * future and actual from it, then change them. Actual kept the old request form and approvals.
 */
import type { Channel, ChannelInput, ChannelResult } from '../../shared/ipc/contract.js';
import type { StepPatch } from '../../shared/ipc/step-fields.js';

type Api = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelResult<C>>;

const manual = (pct: number, valueClass: 'VA' | 'NNVA'): StepPatch => ({
  automation: 'manual',
  pctCompleteAccurate: pct,
  valueClass,
});

const CURRENT: StepPatch[] = [
  {
    title: 'Submit hardware request form',
    laneName: 'Requester',
    tools: ['Paper form', 'Email'],
    processMinutes: 30,
    waitMinutes: 60,
    ...manual(80, 'NNVA'),
  },
  {
    title: 'Manager approval',
    laneName: 'Manager',
    kind: 'approval',
    tools: ['Email'],
    processMinutes: 10,
    waitMinutes: 1440,
    ...manual(95, 'NNVA'),
  },
  {
    title: 'Finance approval',
    laneName: 'Finance',
    kind: 'approval',
    tools: ['Email', 'ERP'],
    processMinutes: 10,
    waitMinutes: 2880,
    ...manual(90, 'NNVA'),
  },
  {
    title: 'Procure server',
    laneName: 'Procurement',
    tools: ['ERP'],
    environment: 'physical',
    processMinutes: 60,
    waitMinutes: 20160,
    ...manual(90, 'NNVA'),
  },
  {
    title: 'Rack and install OS',
    laneName: 'Infrastructure',
    tools: ['OS installer'],
    environment: 'physical',
    processMinutes: 240,
    waitMinutes: 1440,
    ...manual(90, 'VA'),
  },
  {
    title: 'Configure server',
    laneName: 'Infrastructure',
    tools: ['Shell'],
    environment: 'physical',
    processMinutes: 180,
    waitMinutes: 480,
    ...manual(80, 'VA'),
  },
  {
    title: 'Deploy application',
    laneName: 'Application team',
    tools: ['Deploy scripts'],
    processMinutes: 60,
    waitMinutes: 240,
    ...manual(90, 'VA'),
  },
  {
    title: 'Go-live',
    laneName: 'Application team',
    tools: ['Change calendar'],
    processMinutes: 30,
    waitMinutes: 1440,
    ...manual(100, 'VA'),
  },
];

export interface SeededStory {
  workshopId: string;
}

export async function seedOriginStory(api: Api): Promise<SeededStory> {
  const { workshop } = await api('workshop:create', { client: 'Northwind IT', title: 'Server provisioning' });
  const workshopId = workshop.id;
  const data = () => api('workshop:data', { id: workshopId });
  let after: string | null = null;
  const currentMap = (await data()).maps.current.id;
  for (const fields of CURRENT)
    after = (await api('step:create', { mapId: currentMap, afterStepId: after, fields })).id;

  await api('map:start-from', { workshopId, source: 'current', target: 'future' });
  await api('map:start-from', { workshopId, source: 'current', target: 'actual' });
  const maps = (await data()).maps;
  const step = (state: 'future' | 'actual', title: string) => {
    const found = maps[state].steps.find((s) => s.title === title);
    if (!found) throw new Error(`no ${state} step "${title}"`);
    return found.id;
  };
  const update = (stepId: string, patch: StepPatch) => api('step:update', { stepId, patch });

  // Future: self-service and virtual machines from templates, no approvals, automated configuration.
  await update(step('future', 'Submit hardware request form'), {
    title: 'Self-service request',
    tools: ['Service portal'],
    automation: 'automated',
    environment: 'virtual',
    processMinutes: 10,
    waitMinutes: 0,
  });
  await api('step:delete', { stepId: step('future', 'Manager approval') });
  await api('step:delete', { stepId: step('future', 'Finance approval') });
  await update(step('future', 'Procure server'), {
    title: 'Provision VM from template',
    laneName: 'Platform',
    tools: ['VM portal', 'VM templates'],
    environment: 'virtual',
    automation: 'automated',
    processMinutes: 10,
    waitMinutes: 30,
  });
  await api('step:delete', { stepId: step('future', 'Rack and install OS') });
  await update(step('future', 'Configure server'), {
    title: 'Automated configuration',
    laneName: 'Platform',
    tools: ['Ansible'],
    environment: 'virtual',
    automation: 'automated',
    processMinutes: 5,
    waitMinutes: 0,
  });
  await api('step:create', {
    mapId: maps.future.id,
    afterStepId: step('future', 'Deploy application'),
    fields: {
      title: 'Smoke test',
      laneName: 'Application team',
      tools: ['Test suite'],
      automation: 'automated',
      processMinutes: 15,
      waitMinutes: 0,
    },
  });

  // Actual: the old form and approvals stay; a VM is requested by ticket and configured by hand.
  const requestVm = step('actual', 'Procure server');
  await update(requestVm, {
    title: 'Request VM from infra team',
    laneName: 'Infrastructure',
    tools: ['Email', 'Ticketing'],
    environment: 'virtual',
    processMinutes: 20,
    waitMinutes: 4320,
  });
  await api('step:delete', { stepId: step('actual', 'Rack and install OS') });
  const configure = step('actual', 'Configure server');
  await update(configure, { title: 'Configure VM manually', environment: 'virtual' });
  // Configuration split in two: hardening became its own manual step, from the same current step.
  const harden = await api('step:create', {
    mapId: maps.actual.id,
    afterStepId: configure,
    fields: {
      title: 'Harden VM manually',
      laneName: 'Security',
      tools: ['Shell', 'CIS checklist'],
      environment: 'virtual',
      processMinutes: 90,
      waitMinutes: 960,
    },
  });
  const configureServer = maps.current.steps.find((s) => s.title === 'Configure server')!.id;
  await update(harden.id!, { originStepId: configureServer });
  await api('step:create', {
    mapId: maps.actual.id,
    afterStepId: step('actual', 'Deploy application'),
    fields: {
      title: 'Smoke test by hand',
      laneName: 'Application team',
      tools: ['Test suite'],
      automation: 'manual',
      processMinutes: 45,
      waitMinutes: 60,
    },
  });
  await api('step:create', {
    mapId: maps.actual.id,
    afterStepId: requestVm,
    fields: { title: 'Chase the VM request by phone', laneName: 'Requester', tools: ['Phone'] }, // nobody timed it
  });
  return { workshopId };
}
