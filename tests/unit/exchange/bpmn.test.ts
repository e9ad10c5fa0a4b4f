import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { bpmnToSteps } from '../../../shared/exchange/bpmn-import.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';
import { counts } from './helpers.js';
import { issueFileHandle } from '../../../electron/core/files/handles.js';

const CAMUNDA = new URL('../../fixtures/bpmn/camunda-purchase-request.bpmn', import.meta.url);

async function setup() {
  const core = await startCore();
  const sourceId = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
  const targetId = (await invoke(core, 'workshop:create', { client: 'Acme', title: 'Target' })).workshop.id;
  return { core, sourceId, targetId };
}

async function refused(core: AppCore, payload: unknown) {
  const result = await dispatch({ core }, 'bpmn:import', payload);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('BPMN export', () => {
  it('writes a pool with lanes as bands, tasks left to right, gateways for decisions, and diagram shapes for all', async () => {
    const { core, sourceId } = await setup();
    const data = originWorkshop();
    const out = await invoke(core, 'bpmn:export', { workshopId: sourceId, state: 'current' });
    expect(out.fileName).toBe('Northwind IT - Application deployment after virtualization - current.bpmn');
    const { rootElement: defs, warnings } = await new BpmnModdle().fromXML(out.content!);
    expect(warnings).toEqual([]);
    const roots = defs.rootElements as ModdleElement[];
    expect(roots.map((r) => r.$type)).toEqual(['bpmn:Collaboration', 'bpmn:Process']);
    const process = roots[1]!;
    const lanes = ((process.laneSets as ModdleElement[])[0]!.lanes as ModdleElement[]).map((l) => l.name);
    expect(lanes).toEqual(data.maps.current.lanes.map((l) => l.name));
    const nodes = (process.flowElements as ModdleElement[]).filter((e) => e.$type !== 'bpmn:SequenceFlow');
    expect(nodes.map((n) => n.$type)).toEqual([
      'bpmn:StartEvent',
      ...data.maps.current.steps.map(() => 'bpmn:UserTask'),
      'bpmn:EndEvent',
    ]);

    const plane = (defs.diagrams as ModdleElement[])[0]!.plane as ModdleElement;
    const shapes = new Map(
      (plane.planeElement as ModdleElement[]).map((s) => [(s.bpmnElement as ModdleElement).id, s]),
    );
    for (const el of [...nodes, ...(process.flowElements as ModdleElement[])])
      expect(shapes.has(el.id)).toBe(true);
    const x = (id: string) => (shapes.get(id)!.bounds as ModdleElement).x as number;
    const xs = nodes.map((n) => x(n.id!));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const pool = shapes.get((roots[0]!.participants as ModdleElement[])[0]!.id)!;
    expect(pool.isHorizontal).toBe(true);
    await core.close();
  });

  it('writes a decision as an exclusive gateway and automated steps as service tasks', async () => {
    const core = await startCore();
    const data = originWorkshop();
    data.maps.future.steps[1]!.kind = 'decision';
    const id = insertWorkshopData(core.db(), data, { mode: 'new' });
    const dir = tempDir();
    const path = join(dir, 'future.bpmn');
    await invoke(core, 'bpmn:export', {
      workshopId: id,
      state: 'future',
      file: issueFileHandle(path, 'write'),
    });
    const xml = readFileSync(path, 'utf8');
    expect(xml).toContain('<bpmn:exclusiveGateway id="Step_');
    expect(xml).toContain('<bpmn:serviceTask id="Step_');
    expect(xml).toContain('isMarkerVisible="true"');
    await core.close();
  });
});

describe('BPMN import', () => {
  it('keeps steps without a lane out of lanes, and empty lanes, through a round trip', async () => {
    const core = await startCore();
    const data = originWorkshop();
    data.maps.current.steps[2]!.laneId = null;
    const id = insertWorkshopData(core.db(), data, { mode: 'new' });
    const xml = (await invoke(core, 'bpmn:export', { workshopId: id, state: 'current' })).content!;
    const target = (await invoke(core, 'workshop:create', { client: 'A', title: 'B' })).workshop.id;
    await invoke(core, 'bpmn:import', { workshopId: target, state: 'current', content: xml });
    const copy = loadWorkshopData(core.db(), target).maps.current;
    expect(copy.steps[2]!.laneId).toBeNull();
    expect(copy.lanes.map((l) => l.name)).toEqual(data.maps.current.lanes.map((l) => l.name));
    await core.close();
  });

  it('imports a file written by Camunda Modeler: flow order, lanes, loops, gateways and what was left out', async () => {
    const { core, targetId } = await setup();
    const result = await invoke(core, 'bpmn:import', {
      workshopId: targetId,
      state: 'current',
      file: issueFileHandle(CAMUNDA.pathname, 'read'),
    });
    expect(result.lanesCreated).toEqual(['Requester', 'Team lead', 'Procurement']);
    expect(result.warnings).toEqual([
      'Left out (Triptych has no step for them): 1 merging gateway, 1 data object reference ("Purchase form").',
    ]);
    const map = loadWorkshopData(core.db(), targetId).maps.current;
    const lane = (id: string | null) => map.lanes.find((l) => l.id === id)?.name;
    expect(map.steps.map((s) => [s.title, s.kind, s.automation, lane(s.laneId)])).toEqual([
      ['Fill in purchase request', 'task', 'manual', 'Requester'],
      ['Amount over 5,000?', 'decision', null, 'Team lead'],
      ['Approve request', 'task', 'manual', 'Team lead'],
      ['Approved?', 'decision', null, 'Team lead'],
      ['Revise request', 'task', 'manual', 'Requester'],
      ['Create order in ERP', 'task', 'automated', 'Procurement'],
      ['Supplier confirms', 'wait', null, 'Procurement'],
      ['Receive goods', 'task', 'manual', 'Requester'],
    ]);
    expect(map.steps[0]!.description).toBe(
      'Requester fills in the purchase form in the intranet, with a quote attached.',
    );
    expect(map.steps[2]!.notes).toBe('Team leads approve in batches on Fridays');
    await core.close();
  });

  it('refuses an XXE attempt before parsing, and writes nothing', async () => {
    const { core, targetId } = await setup();
    const before = counts(core);
    const secret = join(tempDir(), 'secret.txt');
    writeFileSync(secret, 'TOP SECRET');
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE definitions [ <!ENTITY xxe SYSTEM "file://${secret}"> ]>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
  <bpmn:process id="P"><bpmn:task id="T" name="&xxe;" /></bpmn:process>
</bpmn:definitions>`;
    const error = await refused(core, { workshopId: targetId, state: 'current', content: xxe });
    expect(error.message).toMatch(/declares a DOCTYPE or entities, which Triptych never reads/);
    const entityOnly = xxe.replace(/<!DOCTYPE[^[]*\[/, '').replace(' ]>', '');
    expect(entityOnly).toContain('<!ENTITY');
    expect(
      (await refused(core, { workshopId: targetId, state: 'current', content: entityOnly })).message,
    ).toMatch(/DOCTYPE or entities/);
    expect(counts(core)).toEqual(before);
    await core.close();
  });

  it('refuses a file with no process, no steps, or no BPMN at all, writing nothing', async () => {
    const { core, targetId } = await setup();
    const before = counts(core);
    const ns = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';
    const cases: [string, RegExp][] = [
      [`<bpmn:definitions ${ns} id="D" targetNamespace="x"/>`, /has no process to import/],
      [
        `<bpmn:definitions ${ns} id="D" targetNamespace="x"><bpmn:collaboration id="C"><bpmn:participant id="P" name="Customer"/></bpmn:collaboration></bpmn:definitions>`,
        /has no process to import/,
      ],
      [
        `<bpmn:definitions ${ns} id="D" targetNamespace="x"><bpmn:process id="P"><bpmn:startEvent id="S"/></bpmn:process></bpmn:definitions>`,
        /no tasks or gateways/,
      ],
      ['<html><body>Not BPMN</body></html>', /not a BPMN 2.0 file/],
      ['{"format": "triptych"}', /not a BPMN 2.0 file/],
    ];
    for (const [content, message] of cases)
      expect((await refused(core, { workshopId: targetId, state: 'current', content })).message).toMatch(
        message,
      );
    expect(counts(core)).toEqual(before);
    await core.close();
  });
});

describe('bpmnToSteps', () => {
  it('follows sequence flows, not document order', async () => {
    const ns = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';
    const xml = `<bpmn:definitions ${ns} id="D" targetNamespace="x"><bpmn:process id="P">
      <bpmn:task id="C" name="Third"/><bpmn:task id="A" name="First"/><bpmn:startEvent id="S"/>
      <bpmn:parallelGateway id="G"/><bpmn:task id="B" name="Second"/><bpmn:task id="Z" name="Unconnected"/>
      <bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="A"/><bpmn:sequenceFlow id="f2" sourceRef="A" targetRef="G"/>
      <bpmn:sequenceFlow id="f3" sourceRef="G" targetRef="B"/><bpmn:sequenceFlow id="f4" sourceRef="B" targetRef="C"/>
    </bpmn:process></bpmn:definitions>`;
    const read = await bpmnToSteps(xml);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.steps.map((s) => s.title)).toEqual(['First', 'Second', 'Third', 'Unconnected']);
    expect(read.value.warnings).toEqual(['Left out (Triptych has no step for them): 1 parallel gateway.']);
  });
});
