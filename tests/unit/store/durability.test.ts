import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

const require = createRequire(import.meta.url);
const writer = fileURLToPath(new URL('./fixtures/writer.ts', import.meta.url));

describe('durability', () => {
  it('keeps every acknowledged edit when the writing process is killed', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['--import', require.resolve('tsx/esm'), writer, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.on('exit', () => reject(new Error(`writer exited early: ${stderr}`)));
      child.stdout.on('data', (d: Buffer) => {
        buffer += d.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        acked.push(...lines);
        if (acked.length >= 60) {
          child.removeAllListeners('exit');
          child.kill('SIGKILL');
          child.on('exit', () => resolve());
        }
      });
    });
    const core = await startCore(dir);
    expect(core.status().state).toBe('ready');
    const stored = new Set((await invoke(core, 'workshop:list', {})).map((w) => w.id));
    const lost = acked.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(60);
    await core.close();
  });
});
