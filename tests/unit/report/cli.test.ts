import JSZip from 'jszip';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { serializeTriptych } from '../../../shared/exchange/triptych-file.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';
import { headings } from './docx-reader.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t) }, { out: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const documentXml = async (file: string) =>
  (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');

describe('triptych report', () => {
  it('writes the report of a workshop in the library, with the chosen sections and paper', async () => {
    const dir = tempDir();
    const core = await startCore(dir);
    const id = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
    await core.close();
    const out = join(tempDir(), 'report.docx');
    const result = await cli(
      'report',
      id,
      '-o',
      out,
      '--sections',
      'summary,actual',
      '--paper',
      'letter',
      '--data-dir',
      dir,
    );
    expect(result).toMatchObject({ code: 0, out });
    const xml = await documentXml(out);
    expect(
      headings(xml)
        .filter((h) => h.level === 1)
        .map((h) => h.text),
    ).toEqual(['Executive summary', 'Actual state']);
    expect(/<w:pgSz w:w="12240" w:h="15840"/.test(xml)).toBe(true);
  });

  it('writes the report straight from a .triptych file, without importing it', async () => {
    const dir = tempDir();
    const file = join(dir, 'origin.triptych');
    writeFileSync(file, serializeTriptych(originWorkshop()));
    const result = await cli('report', file, '-o', join(dir, 'from-file'), '--data-dir', dir);
    expect(result).toMatchObject({ code: 0, out: join(dir, 'from-file.docx') });
    expect(await documentXml(join(dir, 'from-file.docx'))).toContain(
      'Application deployment after virtualization',
    );
    expect((await cli('list', '--json', '--data-dir', dir)).out).toBe('[]');
  });

  it('explains bad usage with exit code 2 and writes nothing', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.docx');
    const id = '00000000-0000-4000-8000-000000000001';
    expect(await cli('report', id, '--data-dir', dir)).toMatchObject({ code: 2, err: /-o <file.docx>/ });
    expect(
      await cli('report', id, '-o', out, '--sections', 'summary,gossip', '--data-dir', dir),
    ).toMatchObject({
      code: 2,
      err: /--sections takes a comma-separated list of: cover, contents/,
    });
    expect(await cli('report', id, '-o', out, '--paper', 'a3', '--data-dir', dir)).toMatchObject({
      code: 2,
      err: /a4 or letter/,
    });
    expect(await cli('report', id, '-o', out, '--data-dir', dir)).toMatchObject({
      code: 1,
      err: /does not exist/,
    });
    expect(existsSync(out)).toBe(false);
  });
});
