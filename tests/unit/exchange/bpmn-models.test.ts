import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { bpmnToSteps } from '../../../shared/exchange/bpmn-import.js';
import { decodeXmlBytes } from '../../../shared/exchange/xml-decode.js';
import { invoke, startCore } from '../../helpers/core.js';

/**
 * Written by hand for Triptych (see tests/fixtures/bpmn/README.md): the structures Signavio, ARIS,
 * ADONIS, Bizagi, Camunda and Visual Paradigm emit — several pools (the main one not first), a
 * black-box pool, lanes, a sub-process, boundary and intermediate events, labelled branches, HTML
 * documentation, vendor extension elements, and Latin-1 / Windows-1252 declarations.
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures/bpmn');
const bytes = (name: string) => readFileSync(join(FIXTURES, name));

async function read(name: string, choice = {}) {
  const decoded = decodeXmlBytes(bytes(name));
  if (!decoded.ok) throw new Error(decoded.message);
  const r = await bpmnToSteps(decoded.text, choice);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('BPMN from other modelers', () => {
  it('picks the pool with the most flow nodes and keeps sub-processes, events, branches and HTML as text', async () => {
    const model = await read('collaboration-utf-8.bpmn');
    expect(model.imported).toEqual(['P_Main']);
    expect(model.lanes).toEqual(['Poststelle', 'Kreditorenbuchhaltung', 'Leitung Finanzen']);
    expect(model.steps.map((s) => [s.lane, s.title, s.kind])).toEqual([
      ['Poststelle', 'Rechnung scannen', 'task'],
      ['Poststelle', 'Lieferschein abwarten', 'wait'],
      ['Kreditorenbuchhaltung', 'Prüfung: Beträge abgleichen', 'task'],
      ['Kreditorenbuchhaltung', 'Prüfung: Bestellung im ERP suchen', 'task'],
      ['Kreditorenbuchhaltung', '5 Tage vergangen', 'wait'],
      ['Kreditorenbuchhaltung', 'Eskalieren', 'task'],
      ['Kreditorenbuchhaltung', 'Rechnung korrekt?', 'decision'],
      ['Kreditorenbuchhaltung', 'Rechnung zurückweisen', 'task'],
      ['Leitung Finanzen', 'Zahlung freigeben – „dringend“ €', 'task'],
      ['Leitung Finanzen', 'Lieferant informieren', 'handoff'],
    ]);
    const [scan] = model.steps;
    expect(scan!.description).toBe(
      'Die Poststelle scannt jede Rechnung & legt sie ab.\n\n * Papier\n * E-Mail',
    );
    expect(scan!.notes).toBe('Oft fehlen Bestellnummern');
    expect(model.steps[4]!.notes).toBe('On "Prüfung" (boundary event)');
    expect(model.steps[6]!.notes).toBe(
      'Branches: ja → Zahlung freigeben – „dringend“ €; nein → Rechnung zurückweisen',
    );
    expect(model.warnings).toEqual([
      'Imported the pool "Rechnungsprüfung" (18 flow nodes); left out "Lieferant" (4 flow nodes), "Bank" (no process). ' +
        'Choose another pool, or all pools, to import them.',
      'Left out (Triptych has no step for them): 1 signal intermediate throw event ("Controlling benachrichtigen"), ' +
        '1 data object reference ("Rechnungsarchiv").',
    ]);
  });

  it('reads Windows-1252 and ISO-8859-1 files in their declared encoding, with no warning about it', async () => {
    const cp1252 = await read('collaboration-windows-1252.bpmn');
    expect(cp1252.processName).toBe('Prüfung der Rechnung');
    expect(cp1252.steps.map((s) => s.title)).toContain('Zahlung freigeben – „dringend“ €');
    expect(cp1252.steps.map((s) => s.title)).toContain('Prüfung: Beträge abgleichen');
    expect(cp1252.warnings.join(' ')).not.toMatch(/encoding|could not be read/);
    const latin1 = await read('collaboration-iso-8859-1.bpmn');
    expect(latin1.steps.map((s) => s.title)).toContain('Rechnung zurückweisen');
    expect(latin1.steps).toHaveLength(10);
  });

  it('imports a pool by id or name, or every pool into one state', async () => {
    expect(
      (await read('collaboration-utf-8.bpmn', { process: 'lieferant' })).steps.map((s) => s.title),
    ).toEqual(['Rechnung senden', 'Mahnung schicken']);
    expect((await read('collaboration-utf-8.bpmn', { process: 'Proc_Main' })).imported).toEqual(['P_Main']);
    const all = await read('collaboration-utf-8.bpmn', { allPools: true });
    expect(all.imported).toEqual(['P_Supplier', 'P_Main']);
    expect(all.lanes).toEqual(['Lieferant', 'Poststelle', 'Kreditorenbuchhaltung', 'Leitung Finanzen']);
    expect(all.steps.slice(0, 2).map((s) => [s.lane, s.title])).toEqual([
      ['Lieferant', 'Rechnung senden'],
      ['Lieferant', 'Mahnung schicken'],
    ]);
    const missing = await bpmnToSteps(bytes('collaboration-utf-8.bpmn').toString('utf8'), {
      process: 'Nope',
    });
    expect(missing).toEqual({
      ok: false,
      message: expect.stringMatching(/no pool or process "Nope"; it has "Lieferant"/),
    });
  });

  it('takes the bytes through bpmn:import with the pool chosen, as one edit', async () => {
    const core = await startCore();
    const id = (await invoke(core, 'workshop:create', { client: 'Acme', title: 'T' })).workshop.id;
    const base64 = bytes('collaboration-windows-1252.bpmn').toString('base64');
    const result = await invoke(core, 'bpmn:import', { workshopId: id, state: 'current', base64 });
    expect(result.imported).toBe(10);
    const map = loadWorkshopData(core.db(), id).maps.current;
    expect(map.steps.map((s) => s.title)).toContain('Zahlung freigeben – „dringend“ €');
    const bad = await dispatch({ core }, 'bpmn:import', {
      workshopId: id,
      state: 'future',
      base64,
      process: 'x',
    });
    expect(bad.ok).toBe(false);
    await core.close();
  });
});

/** Real exports (for example the BPMN MIWG test suite) placed beside the repository; never committed here. */
const REAL =
  process.env.TRIPTYCH_REAL_BPMN ?? resolve(import.meta.dirname, '../../../../shared/fixtures/bpmn');
const realFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? realFiles(p) : /\.(bpmn|xml)$/i.test(f) ? [p] : [];
  });

describe.skipIf(!existsSync(REAL))(
  `real modeler exports in ${REAL} (skipped when that folder is absent: real files are not committed)`,
  () => {
    it('imports every file: a pool with steps, every left-out element named in a warning', async () => {
      const files = realFiles(REAL);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const decoded = decodeXmlBytes(readFileSync(file));
        expect(decoded.ok, file).toBe(true);
        if (!decoded.ok) continue;
        const r = await bpmnToSteps(decoded.text);
        if (!r.ok) {
          // Only a file with nothing to import may be refused, and it must say so.
          expect(r.message, file).toMatch(/no process|no tasks or gateways/);
          continue;
        }
        const chosen = r.value.pools.find((p) => p.id === r.value.imported[0])!;
        expect(Math.max(...r.value.pools.map((p) => p.flowNodes)), file).toBe(chosen.flowNodes);
        expect(r.value.steps.length, file).toBeGreaterThan(0);
        if (r.value.pools.filter((p) => p.flowNodes > 0).length > 1)
          expect(r.value.warnings.join('\n'), file).toMatch(/^Imported the pool/m);
      }
    }, 300_000);
  },
);
