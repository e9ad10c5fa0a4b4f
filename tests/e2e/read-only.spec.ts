import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './harness.js';

const BROWSER_MAIN = resolve(import.meta.dirname, '../../out/main/browser.js');
const asRoot = process.getuid?.() === 0;

/** Browser mode on `dataDir`; `reader` runs it as a user who may not write there (see below). */
async function launch(dataDir: string, reader: boolean) {
  const child = spawn(process.execPath, [BROWSER_MAIN, '--data-dir', dataDir, '--no-open', '--ready-json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(reader && asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  const url = await new Promise<string>((res, rej) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) res((JSON.parse(line) as { url: string }).url);
    });
    child.on('exit', (code) => rej(new Error(`browser mode exited (${code}): ${out}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess) {
  child.removeAllListeners('exit');
  await new Promise<void>((r) => {
    child.on('exit', () => r());
    child.kill('SIGTERM');
  });
}

/**
 * Root writes through any chmod, so as root the app runs as `nobody` on a folder root owns
 * (0755): a data folder that belongs to someone else. As another user the folder is made 0555.
 */
function makeReadOnly(dataDir: string) {
  if (asRoot) {
    chmodSync(dataDir, 0o755);
    for (const name of readdirSync(dataDir)) chmodSync(join(dataDir, name), 0o755);
    chmodSync(join(dataDir, 'triptych.db'), 0o644);
  } else {
    chmodSync(join(dataDir, 'triptych.db'), 0o444);
    chmodSync(dataDir, 0o555);
  }
}

test('a read-only data folder opens for viewing with a banner, and an edit is refused in plain words', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'triptych-e2e-ro-'));
  const children: ChildProcess[] = [];
  try {
    const writer = await launch(dataDir, false);
    children.push(writer.child);
    await page.goto(writer.url);
    await page.getByRole('button', { name: 'New workshop' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workshop' });
    await dialog.getByLabel('Client').fill('Northwind IT');
    await dialog.getByLabel('Workshop title').fill('Application deployment');
    await dialog.getByLabel('Workshop title').press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Setup' })).toBeVisible();
    await stop(writer.child);

    makeReadOnly(dataDir);
    const reader = await launch(dataDir, true);
    children.push(reader.child);
    await page.goto(reader.url);
    await expect(page.getByRole('status', { name: 'Read-only library' })).toContainText(
      'Read-only: you can view but not change this library.',
    );
    const table = page.getByRole('table', { name: 'Workshops' });
    await expect(table.getByRole('row', { name: /Application deployment Northwind IT/ })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/read-only-home.png' });

    await page.getByRole('button', { name: 'New workshop' }).click();
    const again = page.getByRole('dialog', { name: 'New workshop' });
    await again.getByLabel('Client').fill('Contoso');
    await again.getByLabel('Workshop title').fill('Onboarding');
    await again.getByRole('button', { name: 'Create workshop' }).click();
    await expect(again.getByRole('alert')).toContainText(
      'This library is read-only: you can view it but not change it.',
    );
    await page.screenshot({ path: 'test-results/screens/read-only-refused.png' });
    await again.getByRole('button', { name: 'Cancel' }).click();
    await table.getByRole('button', { name: 'Application deployment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Setup' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Read-only library' })).toBeVisible();
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `test-results/screens/read-only-workshop-${width}.png` });
    }
  } finally {
    for (const c of children) c.kill('SIGKILL');
    if (!asRoot) chmodSync(dataDir, 0o755);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
