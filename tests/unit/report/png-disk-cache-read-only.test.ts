import JSZip from 'jszip';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { pngFolderIn } from '../../../electron/core/report/png-disk-cache.js';
import { startCore } from '../../helpers/core.js';
import { READER_IDS, makeReadOnly, makeWritable } from '../../helpers/read-only.js';
import { tempDir } from '../../helpers/temp.js';
import { bigWorkshop } from './workshops.js';

const run = promisify(execFile);
const CHILD = join(import.meta.dirname, '../../helpers/report-reader-child.ts');

/** Every file under the folder with its size and content hash (what a write would change). */
function snapshot(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort().map((name) => {
    const path = join(dir, name);
    const s = statSync(path);
    if (s.isDirectory()) return `${name}/`;
    return `${name} ${createHash('sha1').update(readFileSync(path)).digest('hex')} ${s.mtimeMs}`;
  });
}

describe('drawn pictures of a library opened for viewing only', () => {
  it('its report is written all the same, and nothing is kept in its folder', async () => {
    const dataDir = tempDir();
    const core = await startCore(dataDir);
    const workshopId = insertWorkshopData(
      core.db(),
      bigWorkshop({ steps: 12, lanes: 3, findings: 2, actions: 2 }),
      {
        mode: 'new',
      },
    );
    // One picture kept before, by a user who could write: the reader may not even read it.
    await core.jobs.run('report', { workshopId });
    const kept = readdirSync(pngFolderIn(dataDir));
    expect(kept.length).toBeGreaterThan(0);
    await core.close();
    // The job's worker closes its connection just after answering; the last close removes -shm.
    for (let i = 0; i < 100 && existsSync(join(dataDir, 'triptych.db-shm')); i++)
      await new Promise((r) => setTimeout(r, 50));

    const before = snapshot(dataDir);
    makeReadOnly(dataDir);
    try {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, dataDir, workshopId], {
        cwd: join(import.meta.dirname, '../../..'),
        env: { ...process.env, HOME: '/tmp' },
        ...READER_IDS,
      });
      const out = JSON.parse(stdout) as { readOnly: boolean; report?: { kind: string; base64: string } };
      expect(out).toMatchObject({ readOnly: true, report: { kind: 'download' } });
      const zip = await JSZip.loadAsync(Buffer.from(out.report!.base64, 'base64'));
      expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/')).length).toBeGreaterThan(0);
    } finally {
      makeWritable(dataDir);
    }
    expect(snapshot(dataDir)).toEqual(before);
  }, 90_000);
});
