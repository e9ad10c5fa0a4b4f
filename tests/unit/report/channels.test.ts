import JSZip from 'jszip';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';
import { pngBytes } from './images.js';
import { issueFileHandle } from '../../../electron/core/files/handles.js';

async function withWorkshop(run: (core: AppCore, workshopId: string) => Promise<void>) {
  const core = await startCore();
  try {
    await run(core, insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' }));
  } finally {
    await core.close();
  }
}

describe('report channels', () => {
  it('remembers the options per workshop, logo included', () =>
    withWorkshop(async (core, workshopId) => {
      const defaults = await invoke(core, 'report:options-get', { workshopId });
      expect(defaults).toMatchObject({ paper: 'a4', logo: null });
      const logo = { mediaType: 'image/png' as const, data: pngBytes().toString('base64') };
      const options = { ...defaults, paper: 'letter' as const, firmName: 'Whitfield Consulting', logo };
      await invoke(core, 'report:options-save', { workshopId, options });
      expect(await invoke(core, 'report:options-get', { workshopId })).toEqual(options);
      const other = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
      expect(await invoke(core, 'report:options-get', { workshopId: other })).toEqual(defaults);
    }));

  it('refuses an invalid logo and saves nothing', () =>
    withWorkshop(async (core, workshopId) => {
      const options = { logo: { mediaType: 'image/png', data: Buffer.from('<svg/>').toString('base64') } };
      const result = await dispatch({ core }, 'report:options-save', { workshopId, options });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          path: 'options.logo',
          message: 'options.logo: The logo must be a PNG or JPEG image.',
        },
      });
      expect(core.db().prepare('SELECT count(*) FROM report_options').pluck().get()).toBe(0);
      const generated = await dispatch({ core }, 'report:generate', { workshopId, options });
      expect(generated).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }));

  it('previews the outline with the given or saved options', () =>
    withWorkshop(async (core, workshopId) => {
      const outline = await invoke(core, 'report:outline', {
        workshopId,
        options: { sections: ['summary', 'current'] },
      });
      expect(outline).toEqual([
        { level: 1, text: 'Executive summary' },
        { level: 1, text: 'Current state' },
        { level: 2, text: 'Diagram' },
        { level: 2, text: 'Steps' },
      ]);
      expect((await invoke(core, 'report:outline', { workshopId })).length).toBeGreaterThan(30);
    }));

  it('drafts the executive summary, keeps an edit, and goes back to the draft when cleared', () =>
    withWorkshop(async (core, workshopId) => {
      const first = await invoke(core, 'report:summary-get', { workshopId });
      expect(first).toMatchObject({ edited: false });
      expect(first.text).toBe(first.draft);
      const edited = await invoke(core, 'report:summary-save', { workshopId, text: 'Our own words.' });
      expect(edited).toMatchObject({ text: 'Our own words.', edited: true, draft: first.draft });
      expect(await invoke(core, 'report:summary-get', { workshopId })).toEqual(edited);
      expect(await invoke(core, 'report:summary-save', { workshopId, text: '  ' })).toEqual(first);
    }));

  it('writes the report where asked, with the edited summary, and nothing else in the folder', () =>
    withWorkshop(async (core, workshopId) => {
      await invoke(core, 'report:summary-save', { workshopId, text: 'Edited summary for the client.' });
      const dir = tempDir();
      const result = await invoke(core, 'report:generate', {
        workshopId,
        file: issueFileHandle(join(dir, 'Northwind report'), 'write'),
      });
      const path = join(dir, 'Northwind report.docx');
      expect(result).toEqual({ kind: 'file', path, bytes: readFileSync(path).length });
      expect(readdirSync(dir)).toEqual(['Northwind report.docx']);
      const xml = await (
        await JSZip.loadAsync(readFileSync(path))
      )
        .file('word/document.xml')!
        .async('string');
      expect(xml.includes('Edited summary for the client.')).toBe(true);
      expect(await invoke(core, 'report:progress', { workshopId })).toBeNull();
    }));

  it('hands the bytes back for a download when no destination is given', () =>
    withWorkshop(async (core, workshopId) => {
      const result = await invoke(core, 'report:generate', { workshopId });
      if (result.kind !== 'download') throw new Error('expected a download');
      expect(result.fileName).toBe(
        'Northwind IT - Application deployment after virtualization - report.docx',
      );
      const bytes = Buffer.from(result.base64, 'base64');
      expect(bytes.length).toBe(result.bytes);
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
    }));

  it('explains an unwritable folder and leaves no file or temporary file behind', () =>
    withWorkshop(async (core, workshopId) => {
      // /sys refuses new files even to root, so the test holds whoever runs it.
      const denied = await dispatch({ core }, 'report:generate', {
        workshopId,
        file: issueFileHandle('/sys/report.docx', 'write'),
      });
      expect(denied).toMatchObject({ ok: false, error: { code: 'file_not_writable' } });
      expect(!denied.ok && denied.error.message).toMatch(/could not be saved in \/sys/);
      expect(readdirSync('/sys').filter((n) => n.includes('report'))).toEqual([]);

      const dir = tempDir();
      const missing = await dispatch({ core }, 'report:generate', {
        workshopId,
        file: issueFileHandle(join(dir, 'nope', 'r.docx'), 'write'),
      });
      expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', path: 'destination' } });
      mkdirSync(join(dir, 'folder.docx'));
      const folder = await dispatch({ core }, 'report:generate', {
        workshopId,
        file: issueFileHandle(join(dir, 'folder.docx'), 'write'),
      });
      expect(folder).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(readdirSync(dir)).toEqual(['folder.docx']);
      expect(readdirSync(join(dir, 'folder.docx'))).toEqual([]);
    }));

  it('refuses a destination that is not a full .docx path, and replaces an existing report whole', () =>
    withWorkshop(async (core, workshopId) => {
      const dir = tempDir();
      const bad = await dispatch({ core }, 'report:generate', {
        workshopId,
        file: issueFileHandle(join(dir, 'r.pdf'), 'write'),
      });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'file' } });
      const raw = await dispatch({ core }, 'report:generate', { workshopId, file: join(dir, 'r.docx') });
      expect(raw).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'file' } });
      writeFileSync(join(dir, 'old.docx'), 'old');
      await invoke(core, 'report:generate', {
        workshopId,
        file: issueFileHandle(join(dir, 'old.docx'), 'write'),
      });
      expect(readFileSync(join(dir, 'old.docx')).subarray(0, 2).toString()).toBe('PK');
      expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
    }));

  it('answers not_found for an unknown workshop', async () => {
    const core = await startCore();
    const workshopId = '00000000-0000-4000-8000-000000000099';
    for (const channel of ['report:options-get', 'report:summary-get', 'report:generate'] as const)
      expect(await dispatch({ core }, channel, { workshopId })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    await core.close();
  });
});
