import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { READER_IDS, makeReadOnly, makeWritable } from '../helpers/read-only.js';
import { expect, spawnBrowserMode, stopBrowserMode, test } from './harness.js';

test('a read-only data folder opens for viewing with a banner, and an edit is refused in plain words', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'triptych-e2e-ro-'));
  const children: ChildProcess[] = [];
  try {
    const writer = await spawnBrowserMode(dataDir);
    children.push(writer.child);
    await page.goto(writer.url);
    await page.getByRole('button', { name: 'New workshop' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workshop' });
    await dialog.getByLabel('Client').fill('Northwind IT');
    await dialog.getByLabel('Workshop title').fill('Application deployment');
    await dialog.getByLabel('Workshop title').press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Setup' })).toBeVisible();
    await stopBrowserMode(writer.child);

    makeReadOnly(dataDir);
    const reader = await spawnBrowserMode(dataDir, READER_IDS);
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
    makeWritable(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
