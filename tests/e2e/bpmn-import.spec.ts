/** The map stage's BPMN import: pools listed with what they hold, the biggest preselected, what is left out said. */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, openStage, test } from './harness.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bpmn/${name}`, import.meta.url));

test('imports a multi-pool BPMN file: one pool or every pool, told what is left out, undoable', async ({
  page,
  app,
}) => {
  const { workshop } = await app.api('workshop:create', { client: 'Contoso Bank', title: 'Invoices' });
  await openStage(page, app, workshop.id, 'current');
  await page.getByRole('button', { name: 'Import BPMN…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import steps from BPMN into Current' });
  const file = dialog.getByLabel('BPMN file');

  // Not BPMN: a clear message, nothing to import.
  await file.setInputFiles({ name: 'notes.xml', mimeType: 'text/xml', buffer: Buffer.from('<notes/>') });
  await expect(dialog.getByRole('alert')).toContainText('not a BPMN 2.0 file');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();

  // Windows-1252, three pools: the main one (most flow nodes) is chosen, the black box cannot be.
  await file.setInputFiles({
    name: 'collaboration-windows-1252.bpmn',
    mimeType: 'application/xml',
    buffer: fixture('collaboration-windows-1252.bpmn'),
  });
  const pools = dialog.getByRole('group', { name: 'What to import' });
  await expect(pools.getByRole('radio', { name: /^Rechnungsprüfung/ })).toBeChecked();
  await expect(pools.getByRole('radio', { name: /^Rechnungsprüfung/ })).toHaveAccessibleName(
    /3 lanes \(Poststelle, Kreditorenbuchhaltung, Leitung Finanzen\) · 18 flow nodes · 1 sub-process · 8 events/,
  );
  await expect(pools.getByRole('radio', { name: /^Bank/ })).toBeDisabled();
  const leftOut = dialog.getByRole('region', { name: 'Not imported' });
  await expect(leftOut).toContainText('left out "Lieferant" (4 flow nodes), "Bank" (no process)');
  await expect(leftOut).toContainText('1 signal intermediate throw event ("Controlling benachrichtigen")');
  const steps = dialog.getByRole('table', { name: 'Steps to import' }).locator('tbody tr');
  await expect(steps).toHaveCount(10);
  await expect(steps.nth(6)).toContainText('Branches: ja → Zahlung freigeben – „dringend“ €');
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screens/bpmn-import-${size.width}.png` });
  }
  const { violations } = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Every pool's lanes into one state: the supplier's pool becomes a lane of its own.
  await pools.getByRole('radio', { name: /lanes into one state/ }).check();
  await expect(steps).toHaveCount(12);
  await expect(dialog.getByRole('heading', { name: 'Preview: 12 steps in 4 lanes' })).toBeVisible();
  await expect(leftOut).toContainText('Imported 2 pools ("Lieferant", "Rechnungsprüfung"); left out "Bank"');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/bpmn-import-all-1280.png' });

  await dialog.getByRole('button', { name: 'Import 12 steps' }).click();
  await expect(dialog).toBeHidden();
  const rows = page.locator('tr[data-step-id]');
  await expect(rows).toHaveCount(12);
  await page.screenshot({ path: 'test-results/screens/bpmn-imported-1280.png' });
  const data = await app.api('workshop:data', { id: workshop.id });
  expect(data.maps.current.steps[0]!.title).toBe('Rechnung senden');
  expect(data.maps.current.lanes.map((l) => l.name)).toEqual([
    'Lieferant',
    'Poststelle',
    'Kreditorenbuchhaltung',
    'Leitung Finanzen',
  ]);
  // One edit: undo removes every step and lane the import added.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(0);
  expect((await app.api('workshop:data', { id: workshop.id })).maps.current.lanes).toEqual([]);
});
