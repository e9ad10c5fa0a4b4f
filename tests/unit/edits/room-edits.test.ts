import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { parseAttendeeLines } from '../../../shared/domain/attendees.js';
import { invoke, startCore } from '../../helpers/core.js';

async function setup() {
  const core = await startCore();
  const id = (await invoke(core, 'workshop:create', { client: 'Northwind IT', title: 'Deployment' })).workshop
    .id;
  const mapId = (await invoke(core, 'workshop:data', { id })).maps.current.id;
  const stepId = (
    await invoke(core, 'step:create', { mapId, afterStepId: null, fields: { title: 'Procure' } })
  ).id!;
  return { core, id, stepId };
}

describe('attendee quick entry', () => {
  it('reads "Name, Role, Organisation" lines, tabs and semicolons', () => {
    expect(
      parseAttendeeLines(
        'Mary Adams, IT manager, Northwind\n\n  Raj Patel\tInfra lead\tNorthwind IT \nLena; Owner',
      ),
    ).toEqual([
      { name: 'Mary Adams', role: 'IT manager', organisation: 'Northwind' },
      { name: 'Raj Patel', role: 'Infra lead', organisation: 'Northwind IT' },
      { name: 'Lena', role: 'Owner', organisation: '' },
    ]);
    expect(parseAttendeeLines('A, B, Acme, Inc.')[0]!.organisation).toBe('Acme, Inc.');
  });

  it('adds them in one undoable edit', async () => {
    const { core, id } = await setup();
    const r = await invoke(core, 'attendee:add-lines', {
      workshopId: id,
      text: 'Mary, IT manager, Northwind\nRaj, Infra lead',
    });
    expect(r.added).toBe(2);
    expect((await invoke(core, 'workshop:data', { id })).attendees.map((a) => [a.name, a.position])).toEqual([
      ['Mary', 0],
      ['Raj', 1],
    ]);
    await invoke(core, 'edit:undo', { workshopId: id });
    expect((await invoke(core, 'workshop:data', { id })).attendees).toEqual([]);
    await core.close();
  });
});

describe('room items', () => {
  it('records pain points with dot votes, parking lot, decisions and evidence', async () => {
    const { core, id, stepId } = await setup();
    const pp = (
      await invoke(core, 'room:add', {
        workshopId: id,
        item: { kind: 'pain_point', stepId, text: 'Six weeks' },
      })
    ).id!;
    await invoke(core, 'room:add', {
      workshopId: id,
      item: { kind: 'vote', targetType: 'pain_point', targetId: pp, participant: 'Mary', dots: 3 },
    });
    await invoke(core, 'room:add', {
      workshopId: id,
      item: { kind: 'parking_lot', text: 'Finance approval needed?', stepId },
    });
    await invoke(core, 'room:add', {
      workshopId: id,
      item: { kind: 'decision', text: 'Pilot self-service', decidedBy: 'Mary' },
    });
    await invoke(core, 'room:add', {
      workshopId: id,
      item: { kind: 'evidence', text: 'We email Raj', speaker: 'Lena', mode: 'observed' },
    });
    const data = await invoke(core, 'workshop:data', { id });
    expect(data.painPoints.map((p) => p.text)).toEqual(['Six weeks']);
    expect(data.votes).toEqual([expect.objectContaining({ targetId: pp, dots: 3, participant: 'Mary' })]);
    expect(data.parkingLot[0]).toMatchObject({ stepId, resolved: false });
    expect(data.decisions[0]).toMatchObject({ decidedBy: 'Mary' });
    expect(data.evidence[0]).toMatchObject({ mode: 'observed', speaker: 'Lena' });
    // Deleting a pain point takes its votes; undo brings both back.
    await invoke(core, 'room:delete', { workshopId: id, kind: 'pain_point', id: pp });
    expect((await invoke(core, 'workshop:data', { id })).votes).toEqual([]);
    await invoke(core, 'edit:undo', { workshopId: id });
    expect((await invoke(core, 'workshop:data', { id })).votes).toHaveLength(1);
    await core.close();
  });

  it('links findings to steps and actions to findings', async () => {
    const { core, id, stepId } = await setup();
    const f = (
      await invoke(core, 'room:add', {
        workshopId: id,
        item: { kind: 'finding', title: 'Form still used', category: 'process', stepIds: [stepId] },
      })
    ).id!;
    await invoke(core, 'room:add', {
      workshopId: id,
      item: { kind: 'action', title: 'Retire the form', owner: 'Mary', dueDate: '2026-12-15', findingId: f },
    });
    await invoke(core, 'room:update', {
      workshopId: id,
      item: { kind: 'finding', id: f, patch: { severity: 'high', rootCause: 'policy' } },
    });
    const data = await invoke(core, 'workshop:data', { id });
    expect(data.findings[0]).toMatchObject({ severity: 'high', rootCause: 'policy', stepIds: [stepId] });
    expect(data.actions[0]).toMatchObject({ findingId: f, status: 'open', priority: 'medium' });
    await core.close();
  });

  it('refuses items of another workshop and unknown kinds', async () => {
    const a = await setup();
    const other = (await invoke(a.core, 'workshop:create', { client: 'B', title: 'Other' })).workshop.id;
    const pp = (
      await invoke(a.core, 'room:add', {
        workshopId: a.id,
        item: { kind: 'pain_point', stepId: a.stepId, text: 'x' },
      })
    ).id!;
    expect(
      await dispatch({ core: a.core }, 'room:delete', { workshopId: other, kind: 'pain_point', id: pp }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(
      await dispatch({ core: a.core }, 'room:add', {
        workshopId: other,
        item: { kind: 'pain_point', stepId: a.stepId, text: 'x' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'stepId' },
    });
    expect(
      await dispatch({ core: a.core }, 'room:add', { workshopId: a.id, item: { kind: 'sticky', text: 'x' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await a.core.close();
  });
});
