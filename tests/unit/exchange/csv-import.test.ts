import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { counts, emptyWorkshop, stepsOf } from './helpers.js';

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

async function refused(core: AppCore, channel: 'csv:import' | 'csv:preview', payload: unknown) {
  const result = await dispatch({ core }, channel, payload);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('CSV export and import of a state', () => {
  it('round-trips steps, lanes, pain points and order; formula-like text stays text', async () => {
    const core = await startCore();
    const source = originWorkshop();
    source.maps.current.steps[0]!.notes = '=cmd|calc';
    source.maps.current.steps[1]!.description = 'Line one\nline two, with "quotes"';
    const sourceId = insertWorkshopData(core.db(), source, { mode: 'new' });
    const csv = await invoke(core, 'csv:export', { workshopId: sourceId, state: 'current' });
    expect(csv.fileName).toBe('Northwind IT - Application deployment after virtualization - current.csv');
    expect(
      csv.content!.startsWith('\uFEFFState,Lane,Step,Description,Kind,Tools,Process time,Wait time,%C&A'),
    ).toBe(true);
    expect(csv.content).toContain(",'=cmd|calc\r\n");

    const target = await emptyWorkshop(core);
    const result = await invoke(core, 'csv:import', {
      workshopId: target,
      state: 'current',
      base64: b64(csv.content!),
    });
    expect(result).toMatchObject({ imported: 9, states: ['current'], warnings: [], undo: { canUndo: true } });
    expect(result.lanesCreated).toEqual([
      'Application team',
      'Management',
      'Finance',
      'Procurement',
      'Infrastructure',
      'QA',
    ]);
    const copy = loadWorkshopData(core.db(), target);
    expect(stepsOf(copy, 'current')).toEqual(stepsOf(loadWorkshopData(core.db(), sourceId), 'current'));
    expect(copy.maps.current.lanes.map((l) => l.name)).toEqual(source.maps.current.lanes.map((l) => l.name));
    await core.close();
  });

  it('appends after the existing steps, reusing lanes by name, as one undoable edit', async () => {
    const core = await startCore();
    const id = await emptyWorkshop(core);
    const csv = 'Swimlane,Activity,PT\nOps,Open ticket,10m\nops,Close ticket,5m\n';
    await invoke(core, 'csv:import', { workshopId: id, state: 'actual', content: csv });
    await invoke(core, 'csv:import', { workshopId: id, state: 'actual', base64: b64(csv) });
    const map = loadWorkshopData(core.db(), id).maps.actual;
    expect(map.lanes.map((l) => l.name)).toEqual(['Ops']);
    expect(map.steps.map((s) => [s.position, s.title])).toEqual([
      [0, 'Open ticket'],
      [1, 'Close ticket'],
      [2, 'Open ticket'],
      [3, 'Close ticket'],
    ]);
    const undone = await invoke(core, 'edit:undo', { workshopId: id });
    expect(undone.label).toBe('Import 2 steps from CSV');
    expect(loadWorkshopData(core.db(), id).maps.actual.steps).toHaveLength(2);
    await core.close();
  });

  it('previews without writing: rows with per-cell errors and the column mapping', async () => {
    const core = await startCore();
    const id = await emptyWorkshop(core);
    const before = counts(core);
    const preview = await invoke(core, 'csv:preview', {
      workshopId: id,
      state: 'future',
      base64: b64('Role,Task,Wait,Ticket\nFinance,Approve,2 days,F-1\nFinance,Pay,whenever,F-2\n'),
    });
    expect(preview).toMatchObject({ encoding: 'utf-8', delimiter: ',', unmapped: ['Ticket'], errorCount: 1 });
    expect(preview.rows[0]).toMatchObject({
      row: 2,
      state: 'future',
      errors: [],
      step: { waitMinutes: 960 },
    });
    expect(preview.rows[1]!.errors).toEqual([
      { field: 'waitTime', column: 'Wait', message: expect.stringMatching(/"whenever" is not a duration/) },
    ]);
    expect(counts(core)).toEqual(before);
    await core.close();
  });

  it('writes all rows or none: one bad cell, ragged rows, or an unknown encoding refuse the file', async () => {
    const core = await startCore();
    const id = await emptyWorkshop(core);
    const before = counts(core);
    const badCell = await refused(core, 'csv:import', {
      workshopId: id,
      state: 'current',
      content: 'Step,PT\nA,5m\nB,5m\nC,later\nD,\n',
    });
    expect(badCell.message).toMatch(/^Nothing was imported: row 4, PT: "later" is not a duration/);

    const ragged = await refused(core, 'csv:import', {
      workshopId: id,
      state: 'current',
      content: 'Step,Lane,Notes\nA,Ops,x\nB,Ops\nC,Ops,x,extra\n',
    });
    expect(ragged.message).toBe(
      'Nothing was imported: row 3: This row has 2 cells but the header has 3; a delimiter or quote may be missing ' +
        '(2 rows have problems; preview the file to see them all).',
    );

    const utf16 = Buffer.from('Step,Lane\nA,Ops\n', 'utf16le');
    const encoding = await refused(core, 'csv:import', {
      workshopId: id,
      state: 'current',
      base64: b64(utf16),
    });
    expect(encoding.message).toMatch(/encoding Triptych cannot read/);

    const noTitle = await refused(core, 'csv:import', {
      workshopId: id,
      state: 'current',
      content: 'Who,What\nA,B\n',
    });
    expect(noTitle.message).toMatch(/No column holds the step names/);
    expect(counts(core)).toEqual(before);
    await core.close();
  });

  it('reads Windows-1252 bytes and a semicolon-separated file from European Excel', async () => {
    const core = await startCore();
    const id = await emptyWorkshop(core);
    const bytes = Buffer.from('Rôle;Étape;Durée\nRéseau;Câblage;1,5 h\n', 'latin1');
    const preview = await invoke(core, 'csv:preview', {
      workshopId: id,
      state: 'current',
      base64: b64(bytes),
      mapping: { Rôle: 'lane', Étape: 'title', Durée: 'processTime' },
    });
    expect(preview).toMatchObject({ encoding: 'windows-1252', delimiter: ';', errorCount: 0 });
    expect(preview.rows[0]!.step).toMatchObject({ lane: 'Réseau', title: 'Câblage', processMinutes: 90 });
    await core.close();
  });

  it('routes rows by their State column when no state is chosen', async () => {
    const core = await startCore();
    const id = await emptyWorkshop(core);
    const result = await invoke(core, 'csv:import', {
      workshopId: id,
      content: 'State,Step\ncurrent,Rack server\nfuture,Provision VM\nactual,Email infra\n',
    });
    expect(result.states).toEqual(['current', 'future', 'actual']);
    const data = loadWorkshopData(core.db(), id);
    expect([data.maps.current, data.maps.future, data.maps.actual].map((m) => m.steps[0]!.title)).toEqual([
      'Rack server',
      'Provision VM',
      'Email infra',
    ]);
    await core.close();
  });
});
