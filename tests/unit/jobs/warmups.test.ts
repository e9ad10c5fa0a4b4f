import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { WARMUPS } from '../../../electron/core/jobs/warmups.js';
import { pngFolderFor, pngFolderIn, usePngFolder } from '../../../electron/core/report/png-disk-cache.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';
import { openDocx } from '../report/docx-reader.js';

let core: AppCore | undefined;
afterEach(async () => {
  usePngFolder(null);
  await core?.close();
  core = undefined;
});

describe('warming a job worker', () => {
  it('writes a report and a deck of its own sample, in memory: nothing on disk', async () => {
    const dataDir = tempDir();
    usePngFolder(pngFolderFor(dataDir, true));
    await WARMUPS.report();
    await WARMUPS.deck();
    expect(existsSync(join(dataDir, 'cache'))).toBe(false);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('preparing a workshop’s report draws its pictures ahead; the report then uses them', async () => {
    core = await startCore();
    const workshopId = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
    const kept = () => readdirSync(pngFolderIn(core!.dataDir)).sort();
    await core.jobs.warm('report', { workshopId });
    const drawnAhead = kept();
    expect(drawnAhead.length).toBeGreaterThan(0);
    const report = await invoke(core, 'report:generate', { workshopId });
    if (report.kind !== 'download') throw new Error('expected a download');
    const { media } = await openDocx(Buffer.from(report.base64, 'base64'));
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(drawnAhead.length);
    expect(kept()).toEqual(drawnAhead);
  });

  it('the Report stage warms a worker; the report after it is the workshop’s, the library unchanged', async () => {
    core = await startCore();
    const workshopId = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
    const count = () => core!.db().prepare('SELECT count(*) FROM workshops').pluck().get();
    await invoke(core, 'report:outline', { workshopId });
    const report = await invoke(core, 'report:generate', { workshopId });
    if (report.kind !== 'download') throw new Error('expected a download');
    const { text } = await openDocx(Buffer.from(report.base64, 'base64'));
    expect(text).toContain('Northwind IT');
    expect(text).not.toContain('Warm-up');
    expect(count()).toBe(1);
  });
});
