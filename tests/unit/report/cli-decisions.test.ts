import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';
import { decidedWorkshop, seen } from '../exchange/decided-workshop.js';

async function cli(...argv: string[]) {
  const code = await runCli(argv, { out: () => {} }, { out: () => {} });
  expect(code).toBe(0);
}

/** Every text run of the parts of a .docx or .pptx whose names match, in order. */
async function text(file: string, parts: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files)
    .filter((n) => parts.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const xml = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
  // Bookmark numbers run on from one document to the next within a process: not content.
  return xml
    .join('')
    .replace(/<[^>]+>/g, ' ')
    .replace(/_Toc\d+/g, '_Toc')
    .replace(/\s+/g, ' ');
}

describe('the report and deck of a .triptych file', () => {
  it('say what the same workshop in the library says: its rejected match stays apart', async () => {
    const dir = tempDir();
    const core = await startCore(dir);
    const decided = await decidedWorkshop(core);
    const { percent } = (await seen(core, decided.workshopId)).view;
    const { content } = await invoke(core, 'workshop:export', { workshopId: decided.workshopId });
    await core.close();
    const file = join(dir, 'decided.triptych');
    writeFileSync(file, content!);
    const out = tempDir();

    await cli('report', decided.workshopId, '-o', join(out, 'library.docx'), '--data-dir', dir);
    await cli('report', file, '-o', join(out, 'file.docx'), '--data-dir', dir);
    const docx = /^word\/document\.xml$/;
    const fromLibrary = await text(join(out, 'library.docx'), docx);
    // The verdict with the match rejected (the same as Compare's), not the one before.
    expect(percent).not.toBe(decided.undecidedPercent);
    expect(fromLibrary).toContain(`Process change realized: ${percent} %`);
    expect(await text(join(out, 'file.docx'), docx)).toBe(fromLibrary);

    await cli('deck', decided.workshopId, '-o', join(out, 'library.pptx'), '--data-dir', dir);
    await cli('deck', file, '-o', join(out, 'file.pptx'), '--data-dir', dir);
    const slides = /^ppt\/slides\/slide\d+\.xml$/;
    expect(await text(join(out, 'file.pptx'), slides)).toBe(await text(join(out, 'library.pptx'), slides));
  }, 60_000);
});
