import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppCore } from '../../../electron/core/app-core.js';
import { issueFileHandle } from '../../../electron/core/files/handles.js';
import { backupDir } from '../../../electron/core/paths.js';
import { createBackup } from '../../../electron/core/store/backup.js';
import { invoke } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

const mode = (p: string) => statSync(p).mode & 0o777;

describe('client data, backups and exports are created world-readable (0644): no longer', () => {
  it('data folder 0700, database, backups and exports 0600', async () => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    const core = await AppCore.start({ dataDir, version: 'test' });
    const { workshop } = await invoke(core, 'workshop:create', { client: 'Acme', title: 'Deploy' });
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(core.file)).toBe(0o600);
    const backup = await createBackup(core.db(), backupDir(dataDir), 'manual');
    expect(mode(backupDir(dataDir))).toBe(0o700);
    expect(mode(backup)).toBe(0o600);
    const out = join(tempDir(), 'w.triptych');
    await invoke(core, 'workshop:export', { workshopId: workshop.id, file: issueFileHandle(out, 'write') });
    expect(mode(out)).toBe(0o600);
    expect(readdirSync(backupDir(dataDir))).toEqual([basename(backup)]);
    await core.close();
  });
});
