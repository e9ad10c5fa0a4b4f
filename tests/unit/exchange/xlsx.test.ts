import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { counts, emptyWorkshop, stepsOf } from './helpers.js';

/** Written by LibreOffice Calc from the CSV beside each file (see make.sh), in its own locale. */
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/xlsx', name)).toString('base64');

const EXPECTED = [
  { processMinutes: 10, waitMinutes: 480, pctCompleteAccurate: 95.5, notes: '2026-03-01' },
  { processMinutes: 75, waitMinutes: 960, pctCompleteAccurate: 80 },
  { processMinutes: 5, waitMinutes: 1440, pctCompleteAccurate: 100, kind: 'approval' },
  { processMinutes: 1590, waitMinutes: null, pctCompleteAccurate: 99.25 },
];

describe('Excel import of workbooks saved by LibreOffice Calc', () => {
  it.each([
    ['steps-en.xlsx', ['Accounts payable', 'Finance lead', 'Treasury'], ['Email', 'ERP']],
    ['steps-de.xlsx', ['Kreditorenbuchhaltung', 'Leitung Finanzen', 'Treasury'], ['E-Mail', 'SAP']],
    [
      'steps-fr.xlsx',
      ['Comptabilité fournisseurs', 'Responsable financier', 'Trésorerie'],
      ['Courriel', 'ERP'],
    ],
  ])(
    '%s: headers recognised, times, h:mm:ss, dates and decimal commas read as values',
    async (file, lanes, tools) => {
      const core = await startCore();
      const id = await emptyWorkshop(core);
      const preview = await invoke(core, 'xlsx:preview', {
        workshopId: id,
        state: 'current',
        base64: fixture(file),
      });
      expect(preview.unmapped).toEqual([]);
      expect(preview.errorCount).toBe(0);
      expect(preview.sheets).toHaveLength(1);
      expect(preview.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
      const result = await invoke(core, 'xlsx:import', {
        workshopId: id,
        state: 'current',
        base64: fixture(file),
      });
      expect(result).toMatchObject({ imported: 4, lanesCreated: lanes, warnings: [] });
      const steps = stepsOf(loadWorkshopData(core.db(), id), 'current');
      steps.forEach((s, i) => expect(s).toMatchObject(EXPECTED[i]!));
      expect(steps[0]!.tools).toEqual(tools);
      expect(steps[0]!.pain).toHaveLength(1);
      await core.close();
    },
  );

  it('a bad cell refuses the sheet, or imports the rest with it left empty when the user asks', async () => {
    const core = await startCore();
    const id = await emptyWorkshop(core);
    const base64 = fixture('steps-bad-en.xlsx');
    const preview = await invoke(core, 'xlsx:preview', { workshopId: id, state: 'future', base64 });
    expect(preview.rows.flatMap((r) => r.errors.map((e) => [r.row, e.field]))).toEqual([
      [3, 'processTime'],
      [3, 'pctCompleteAccurate'],
      [4, 'title'],
      [5, 'waitTime'],
    ]);
    const before = counts(core);
    const refused = await dispatch({ core }, 'xlsx:import', { workshopId: id, state: 'future', base64 });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.message).toMatch(/^Nothing was imported: row 3, Process time: "soon"/);
    expect(counts(core)).toEqual(before);

    const result = await invoke(core, 'xlsx:import', {
      workshopId: id,
      state: 'future',
      base64,
      leaveBadCellsEmpty: true,
    });
    expect(result.imported).toBe(3);
    expect(result.warnings).toEqual([
      expect.stringMatching(/^Row 3, Process time, was left empty: "soon" is not a duration/),
      expect.stringMatching(/^Row 3, %C&A, was left empty: "180" is not a percentage/),
      'Row 4 was not imported: A step needs a name.',
      expect.stringMatching(/^Row 5, Wait time, was left empty: "1 fortnight"/),
    ]);
    const steps = stepsOf(loadWorkshopData(core.db(), id), 'future');
    expect(steps.map((s) => [s.title, s.processMinutes, s.waitMinutes, s.pctCompleteAccurate])).toEqual([
      ['Receive invoice', 10, 480, 95],
      ['Check invoice', null, 960, null],
      ['Pay supplier', 20, null, 99],
    ]);
    await core.close();
  });

  it('refuses an unknown sheet, an .xls and a file that is no workbook, naming the way out', async () => {
    const core = await startCore();
    const id = await emptyWorkshop(core);
    const message = async (payload: Record<string, unknown>) => {
      const r = await dispatch({ core }, 'xlsx:preview', { workshopId: id, state: 'current', ...payload });
      return r.ok ? '' : r.error.message;
    };
    const unknown = await invoke(core, 'xlsx:preview', {
      workshopId: id,
      base64: fixture('steps-en.xlsx'),
      sheet: 'Nope',
    });
    expect(unknown.problems).toEqual(['The workbook has no worksheet "Nope"; it has "steps-en".']);
    expect(await message({ base64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]).toString('base64') })).toMatch(
      /older Excel workbook \(\.xls\)/,
    );
    expect(await message({ base64: Buffer.from('Step\nA\n').toString('base64') })).toMatch(
      /not an Excel workbook/,
    );
    await core.close();
  });
});

describe('Excel export', () => {
  it('writes steps, actions and findings with headers, filters and widths, and reads back exactly', async () => {
    const core = await startCore();
    const source = originWorkshop();
    source.maps.current.steps[0]!.notes = '=cmd|calc';
    const sourceId = insertWorkshopData(core.db(), source, { mode: 'new' });
    const out = await invoke(core, 'xlsx:export', { workshopId: sourceId, state: 'current' });
    expect(out.fileName).toMatch(/ - current\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(out.content!, 'base64') as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Steps (current)', 'Actions', 'Findings']);
    const steps = book.getWorksheet('Steps (current)')!;
    expect(steps.getRow(1).getCell(3).value).toBe('Step');
    expect(steps.getRow(1).font?.bold).toBe(true);
    expect(steps.autoFilter).toBeTruthy();
    expect(steps.getColumn(3).width).toBe(36);
    expect(steps.rowCount).toBe(source.maps.current.steps.length + 1);
    // Text that looks like a formula stays text: ExcelJS writes strings as strings, never formulas.
    expect(steps.getRow(2).getCell(14).value).toBe('=cmd|calc');
    expect(book.getWorksheet('Actions')!.rowCount).toBe(source.actions.length + 1);
    expect(book.getWorksheet('Findings')!.rowCount).toBe(source.findings.length + 1);

    const target = await emptyWorkshop(core);
    const back = await invoke(core, 'xlsx:import', {
      workshopId: target,
      state: 'current',
      base64: out.content!,
    });
    expect(back.warnings).toEqual([]);
    const copy = loadWorkshopData(core.db(), target);
    expect(stepsOf(copy, 'current')).toEqual(stepsOf(loadWorkshopData(core.db(), sourceId), 'current'));
    expect(copy.maps.current.lanes.map((l) => l.name)).toEqual(source.maps.current.lanes.map((l) => l.name));
    await core.close();
  });
});
