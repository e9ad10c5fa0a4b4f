import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.js';
import { serializeTriptych } from '../../../shared/exchange/triptych-file.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { tempDir } from '../../helpers/temp.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t) }, { out: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('exchange commands', () => {
  it('imports a .triptych file (printing the new id), exports it again, and searches it', async () => {
    const data = tempDir();
    const dir = tempDir();
    const file = join(dir, 'origin.triptych');
    writeFileSync(file, serializeTriptych(originWorkshop()));

    const imported = await cli('import', file, '--data-dir', data);
    expect(imported).toMatchObject({ code: 0, err: '' });
    const id = imported.out;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const out = join(dir, 'copy.triptych');
    expect(await cli('export', id, '-o', out, '--data-dir', data)).toMatchObject({ code: 0, out });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'triptych', version: 1 });
    expect((await cli('export', id, '--data-dir', data)).out).toMatch(/^\{\n {2}"format": "triptych"/);

    const replaced = await cli('import', out, '--replace', '--json', '--data-dir', data);
    expect(JSON.parse(replaced.out)).toEqual({ workshopId: id, title: expect.any(String), replaced: true });

    const found = await cli('search', 'rack units', '--data-dir', data);
    expect(found.out).toMatch(
      /pain point\s+Northwind IT › Application deployment after virtualization › current/,
    );
    expect(found.out).toContain('[rack] [units]');
    const json = JSON.parse((await cli('search', 'ansible', '--json', '--data-dir', data)).out) as unknown[];
    expect(json.length).toBeGreaterThan(0);
  });

  it('moves a state through CSV and BPMN, and previews a CSV with its problems', async () => {
    const data = tempDir();
    const dir = tempDir();
    writeFileSync(join(dir, 'origin.triptych'), serializeTriptych(originWorkshop()));
    const id = (await cli('import', join(dir, 'origin.triptych'), '--data-dir', data)).out;
    const target = (await cli('new', '--client', 'Acme', '--title', 'Copy', '--data-dir', data)).out;

    const csv = join(dir, 'actual.csv');
    expect(await cli('export-csv', id, '--state', 'actual', '-o', csv, '--data-dir', data)).toMatchObject({
      code: 0,
    });
    const csvImport = await cli(
      'import-csv',
      csv,
      '--workshop',
      target,
      '--state',
      'current',
      '--data-dir',
      data,
    );
    expect(csvImport.out).toMatch(/^Imported 8 steps into current \(new lanes: Application team, /);

    const bpmn = join(dir, 'actual.bpmn');
    expect(await cli('export-bpmn', id, '--state', 'actual', '-o', bpmn, '--data-dir', data)).toMatchObject({
      code: 0,
    });
    const bpmnImport = await cli(
      'import-bpmn',
      bpmn,
      '--workshop',
      target,
      '--state',
      'future',
      '--data-dir',
      data,
    );
    expect(bpmnImport.out).toBe(
      'Imported 8 steps into future (new lanes: Application team, Management, Finance, Infrastructure, QA).',
    );

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Who,Activity,Ticket,PT\nOps,Patch,T-1,soon\n');
    const preview = await cli(
      'import-csv',
      bad,
      '--workshop',
      target,
      '--preview',
      '--map',
      'Ticket=notes',
      '--data-dir',
      data,
    );
    expect(preview.out).toContain('Ticket → Notes (mapped)');
    expect(preview.out).toContain('Row 2, PT: "soon" is not a duration');
    const refused = await cli(
      'import-csv',
      bad,
      '--workshop',
      target,
      '--state',
      'actual',
      '--data-dir',
      data,
    );
    expect(refused).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Nothing was imported: row 2, PT/),
    });
  });

  it('explains bad usage', async () => {
    const data = tempDir();
    expect(await cli('export-csv', 'x', '--data-dir', data)).toMatchObject({
      code: 2,
      err: /--state must be one of/,
    });
    expect(await cli('import-bpmn', 'f.bpmn', '--state', 'current', '--data-dir', data)).toMatchObject({
      code: 2,
      err: /needs --workshop/,
    });
    expect(await cli('import', '--data-dir', data)).toMatchObject({ code: 2, err: /import needs one file/ });
    expect(await cli('search', '--data-dir', data)).toMatchObject({ code: 2 });
    expect((await cli('search', 'nothing', '--data-dir', data)).out).toBe('Nothing found for "nothing".');
  });
});

describe('Excel commands', () => {
  it('previews a workbook, imports the rest of a bad one on request, and exports a state', async () => {
    const data = tempDir();
    const dir = tempDir();
    const file = join(dir, 'origin.triptych');
    writeFileSync(file, serializeTriptych(originWorkshop()));
    const id = (await cli('import', file, '--data-dir', data)).out;
    const bad = join(import.meta.dirname, '../../fixtures/xlsx/steps-bad-en.xlsx');

    const preview = await cli(
      'import-xlsx',
      bad,
      '--workshop',
      id,
      '--state',
      'future',
      '--preview',
      '--data-dir',
      data,
    );
    expect(preview.out).toContain('Worksheets "steps-bad-en" (5 rows); reading "steps-bad-en", 4 rows.');
    expect(preview.out).toContain('Row 3, Process time: "soon" is not a duration');
    const refused = await cli('import-xlsx', bad, '--workshop', id, '--state', 'future', '--data-dir', data);
    expect(refused.code).not.toBe(0);
    const rest = await cli(
      ...[
        'import-xlsx',
        bad,
        '--workshop',
        id,
        '--state',
        'future',
        '--leave-bad-cells-empty',
        '--data-dir',
        data,
      ],
    );
    expect(rest.out).toMatch(/^Imported 3 steps into future/);
    expect(rest.out).toContain('Warning: Row 4 was not imported: A step needs a name.');

    const out = join(dir, 'steps.xlsx');
    expect(await cli('export-xlsx', id, '--state', 'future', '-o', out, '--data-dir', data)).toMatchObject({
      code: 0,
      out,
    });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const again = await cli(
      'import-xlsx',
      out,
      '--workshop',
      id,
      '--state',
      'actual',
      '--json',
      '--data-dir',
      data,
    );
    expect(JSON.parse(again.out)).toMatchObject({ states: ['actual'], warnings: [] });
  });
});

describe('BPMN pool choice on the command line', () => {
  it('imports the biggest pool by default, a named one with --process, or all with --all-pools', async () => {
    const data = tempDir();
    const id = (await cli('new', '--client', 'Acme', '--title', 'Pools', '--data-dir', data)).out;
    const file = join(import.meta.dirname, '../../fixtures/bpmn/collaboration-windows-1252.bpmn');
    const main = await cli('import-bpmn', file, '--workshop', id, '--state', 'current', '--data-dir', data);
    expect(main.out).toMatch(/^Imported 10 steps into current/);
    expect(main.out).toContain('Warning: Imported the pool "Rechnungsprüfung" (18 flow nodes)');
    const one = await cli(
      ...[
        'import-bpmn',
        file,
        '--workshop',
        id,
        '--state',
        'future',
        '--process',
        'Lieferant',
        '--data-dir',
        data,
      ],
    );
    expect(one.out).toMatch(/^Imported 2 steps into future/);
    const all = await cli(
      ...['import-bpmn', file, '--workshop', id, '--state', 'actual', '--all-pools', '--data-dir', data],
    );
    expect(all.out).toMatch(/^Imported 12 steps into actual/);
  });
});
