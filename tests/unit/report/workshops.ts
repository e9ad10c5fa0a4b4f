import { MAP_STATES, STEP_KINDS, type Lane, type Step } from '../../../shared/domain/types.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { fid } from '../../fixtures/build-workshop.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';

const WORDS = [
  'Review',
  'request',
  'for',
  'virtual',
  'server',
  'capacity',
  'approval',
  'from',
  'infrastructure',
  'team',
];

/** A large workshop (deterministic): `steps` per state over `lanes` lanes, with findings and actions. */
export function bigWorkshop(opts: {
  steps: number;
  lanes: number;
  findings: number;
  actions: number;
}): WorkshopData {
  const base = originWorkshop();
  const maps = {} as WorkshopData['maps'];
  const painPoints: WorkshopData['painPoints'] = [];
  const links: WorkshopData['links'] = [];
  MAP_STATES.forEach((state, si) => {
    const mapId = fid(500 + si, 0);
    const lanes: Lane[] = Array.from({ length: opts.lanes }, (_, i) => ({
      id: fid(510 + si, i),
      mapId,
      name: `Team ${String.fromCharCode(65 + i)} ${i % 3 === 0 ? 'operations' : 'support'}`,
      kind: 'team',
      position: i,
    }));
    const steps: Step[] = Array.from({ length: opts.steps }, (_, i) => ({
      id: fid(520 + si, i),
      mapId,
      laneId: lanes[(i * 7 + si) % opts.lanes]!.id,
      position: i,
      title: `${WORDS[i % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${i + 1}`,
      description: i % 4 === 0 ? 'Checked against the request and the change calendar.' : '',
      kind: STEP_KINDS[i % STEP_KINDS.length]!,
      tools: i % 2 ? ['Email', 'ERP'] : ['Service portal'],
      environment: i % 3 ? 'virtual' : 'physical',
      processMinutes: i % 5 === 4 ? null : 15 + (i % 9) * 10,
      waitMinutes: i % 6 === 5 ? null : (i % 4) * 240,
      pctCompleteAccurate: 80 + (i % 20),
      automation: i % 2 ? 'manual' : 'automated',
      valueClass: i % 3 === 0 ? 'VA' : 'NNVA',
      notes: i % 10 === 0 ? 'Often waits for the weekly change board.' : '',
      originStepId: si > 0 ? fid(520, i) : null,
    }));
    if (si === 1)
      steps.forEach((s, i) =>
        links.push({ id: fid(530, i), fromStepId: fid(520, i), toStepId: s.id, source: 'manual' }),
      );
    steps.forEach((s, i) => {
      if (i % 5 === 0)
        painPoints.push({
          id: fid(540 + si, i),
          stepId: s.id,
          text: 'Waits for a manual check',
          position: 0,
        });
    });
    maps[state] = { id: mapId, state, lanes, steps };
  });
  const actualSteps = maps.actual.steps;
  return {
    ...base,
    maps,
    painPoints,
    links,
    votes: [],
    evidence: [],
    parkingLot: base.parkingLot.map((p) => ({ ...p, stepId: null })),
    findings: Array.from({ length: opts.findings }, (_, i) => ({
      id: fid(550, i),
      title: `Finding ${i + 1}: the ${WORDS[i % WORDS.length]} step still runs as before`,
      detail: 'The team kept the old approvals for virtual machines.',
      category: (['people', 'process', 'technology'] as const)[i % 3]!,
      rootCause: 'policy',
      severity: (['high', 'medium', 'low'] as const)[i % 3]!,
      evidence: i % 2 ? '"We still fill in the form"' : '',
      suggested: false,
      stepIds: [actualSteps[i % actualSteps.length]!.id],
      position: i,
      createdAt: '2026-11-24T15:00:00.000Z',
    })),
    recommendations: [],
    actions: Array.from({ length: opts.actions }, (_, i) => ({
      id: fid(560, i),
      findingId: null,
      recommendationId: null,
      title: `Action ${i + 1}: retire the ${WORDS[i % WORDS.length]} step`,
      owner: ['Mary Adams', 'Raj Patel', 'Lena Fischer'][i % 3]!,
      dueDate: '2027-01-31',
      priority: (['high', 'medium', 'low'] as const)[i % 3]!,
      status: 'open',
      position: i,
    })),
  };
}

/** The origin workshop with nothing recorded: three empty maps, no room items. */
export function emptyWorkshop(): WorkshopData {
  const data = originWorkshop();
  const empty = (state: 'current' | 'future' | 'actual') => ({ ...data.maps[state], lanes: [], steps: [] });
  return {
    ...data,
    workshop: { ...data.workshop, objectives: '' },
    attendees: [],
    agenda: [],
    maps: { current: empty('current'), future: empty('future'), actual: empty('actual') },
    painPoints: [],
    links: [],
    findings: [],
    recommendations: [],
    actions: [],
    parkingLot: [],
    decisions: [],
    evidence: [],
    votes: [],
  };
}

const ACTION_TITLES = [
  'Retire the hardware request form for virtual machines',
  'Publish the self-service request in the service portal',
  'Train the infrastructure team on Ansible playbooks',
  'Remove the finance approval for standard VM sizes',
  'Agree a service level for VM provisioning with the business and tell every requester',
  'Automate the configuration of new servers from templates',
];

/**
 * Actions as a real register has them: `crowd` for one owner due within one month (on
 * `crowdDates` different days), a dozen spread over nine months among three owners, three
 * without a due date, three without an owner and one done. Titles start "A12." so each can be
 * found however it is cut.
 */
export function actionsWorkshop(opts: { crowd: number; crowdDates: number }): WorkshopData {
  const data = bigWorkshop({ steps: 12, lanes: 3, findings: 9, actions: 0 });
  const specs: { owner: string; due: string | null; status?: 'done' }[] = [
    ...Array.from({ length: opts.crowd }, (_, i) => ({
      owner: 'Mary Adams',
      due: `2027-03-${String(2 + (i % opts.crowdDates)).padStart(2, '0')}`,
    })),
    ...Array.from({ length: 12 }, (_, i) => ({
      owner: ['Raj Patel', 'Lena Fischer', 'Tom Okafor'][i % 3]!,
      due: `2027-${String(1 + ((i * 2) % 9)).padStart(2, '0')}-15`,
    })),
    ...['Raj Patel', 'Lena Fischer', 'Mary Adams'].map((owner) => ({ owner, due: null })),
    ...['2027-02-01', '2027-05-01', null].map((due) => ({ owner: '', due })),
    { owner: 'Raj Patel', due: '2027-01-10', status: 'done' as const },
  ];
  data.actions = specs.map((s, i) => ({
    id: fid(570, i),
    findingId: i % 4 === 3 ? null : data.findings[i % data.findings.length]!.id,
    recommendationId: null,
    title: `A${i + 1}. ${ACTION_TITLES[i % ACTION_TITLES.length]}`,
    owner: s.owner,
    dueDate: s.due,
    priority: (['high', 'medium', 'low'] as const)[i % 3]!,
    status: s.status ?? 'open',
    position: i,
  }));
  return data;
}
