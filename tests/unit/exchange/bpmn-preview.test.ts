import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueFileHandle } from '../../../electron/core/files/handles.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { invoke, startCore } from '../../helpers/core.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/bpmn');

describe('bpmn:preview', () => {
  it('lists every pool with its lanes and counts, the biggest preselected, and writes nothing', async () => {
    const core = await startCore();
    const id = (await invoke(core, 'workshop:create', { client: 'Acme', title: 'T' })).workshop.id;
    const base64 = readFileSync(join(FIXTURES, 'collaboration-windows-1252.bpmn')).toString('base64');
    const preview = await invoke(core, 'bpmn:preview', { workshopId: id, state: 'current', base64 });
    expect(preview.pools).toEqual([
      {
        id: 'P_Supplier',
        name: 'Lieferant',
        hasProcess: true,
        lanes: [],
        flowNodes: 4,
        subProcesses: 0,
        events: 2,
      },
      {
        id: 'P_Main',
        name: 'Rechnungsprüfung',
        hasProcess: true,
        lanes: ['Poststelle', 'Kreditorenbuchhaltung', 'Leitung Finanzen'],
        flowNodes: 18,
        subProcesses: 1,
        events: 8,
      },
      { id: 'P_Bank', name: 'Bank', hasProcess: false, lanes: [], flowNodes: 0, subProcesses: 0, events: 0 },
    ]);
    expect(preview.defaultPool).toBe('P_Main');
    expect(preview.imported).toEqual(['P_Main']);
    expect(preview.steps).toHaveLength(10);
    expect(preview.steps.map((s) => s.title)).toContain('Zahlung freigeben – „dringend“ €');
    expect(preview.warnings[1]).toMatch(/^Left out \(Triptych has no step for them\): 1 signal/);
    expect(loadWorkshopData(core.db(), id).maps.current.steps).toEqual([]);
    expect((await invoke(core, 'edit:state', { workshopId: id })).canUndo).toBe(false);

    const all = await invoke(core, 'bpmn:preview', {
      workshopId: id,
      state: 'current',
      base64,
      allPools: true,
    });
    expect(all.imported).toEqual(['P_Supplier', 'P_Main']);
    expect(all.defaultPool).toBe('P_Main');
    expect(all.lanes).toEqual(['Lieferant', 'Poststelle', 'Kreditorenbuchhaltung', 'Leitung Finanzen']);
    expect(all.warnings[0]).toBe(
      'Imported 2 pools ("Lieferant", "Rechnungsprüfung"); left out "Bank" (no process), which holds nothing to import.',
    );
    expect(all.warnings[1]).toMatch(/^Left out \(Triptych has no step for them\)/);
    await core.close();
  });

  it('reads a file chosen in the open dialog by its handle, and refuses what is no BPMN clearly', async () => {
    const core = await startCore();
    const id = (await invoke(core, 'workshop:create', { client: 'Acme', title: 'T' })).workshop.id;
    const file = issueFileHandle(join(FIXTURES, 'collaboration-utf-8.bpmn'), 'read');
    const chosen = await invoke(core, 'bpmn:preview', {
      workshopId: id,
      state: 'future',
      file,
      process: 'Lieferant',
    });
    expect(chosen.steps.map((s) => s.title)).toEqual(['Rechnung senden', 'Mahnung schicken']);
    expect(chosen.warnings[0]).toMatch(
      /^Imported the pool "Lieferant" \(4 flow nodes\); left out "Rechnungsprüfung"/,
    );
    const bad = await dispatch({ core }, 'bpmn:preview', {
      workshopId: id,
      state: 'future',
      content: '<x/>',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: /not a BPMN 2.0 file/ },
    });
    await core.close();
  });
});
