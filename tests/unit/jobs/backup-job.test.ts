import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupIsSound, listBackups } from '../../../electron/core/store/backup.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

describe('the daily backup as a job', () => {
  it('runs in a worker, cannot be cancelled, and quit waits for it: one sound copy, nothing partial', async () => {
    const dataDir = tempDir();
    const first = await startCore(dataDir);
    await invoke(first, 'workshop:create', { client: 'Contoso', title: 'Backed up' });
    await first.close();

    const core = await startCore(dataDir);
    const [job] = core.jobs.list();
    expect(job).toMatchObject({ kind: 'backup', cancellable: false, label: 'Backing up the library' });
    expect(await invoke(core, 'job:cancel', { id: job!.id })).toEqual({ cancelled: false });
    await core.close();

    const backups = join(dataDir, 'backups');
    const listed = listBackups(backups);
    expect(listed.map((b) => b.name)).toEqual([expect.stringMatching(/-daily\.db$/)]);
    expect(backupIsSound(join(backups, listed[0]!.name))).toBe(true);
    expect(readdirSync(backups).filter((n) => n.includes('.partial'))).toEqual([]);
  });
});
