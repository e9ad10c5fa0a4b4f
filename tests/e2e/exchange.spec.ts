import { readFileSync } from 'node:fs';
import { expect, openStage, test } from './harness.js';
import { seedWorkshop } from './seed.js';

test('exports a workshop and imports it back by file picker and by drag and drop', async ({ page, app }) => {
  const id = await seedWorkshop(app);
  await openStage(page, app, id, 'future');
  await expect(page.getByRole('heading', { level: 1, name: 'Future state' })).toBeVisible();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /Map as BPMN/ }).check();
  await expect(dialog.getByRole('combobox', { name: 'State' })).toHaveValue('future');
  let download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  expect((await download).suggestedFilename()).toMatch(/future.*\.bpmn$/i);

  await dialog.getByRole('radio', { name: /Excel workbook/ }).check();
  download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const workbook = await download;
  expect(workbook.suggestedFilename()).toMatch(/future.*\.xlsx$/i);
  expect(
    readFileSync((await workbook.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  await dialog.getByRole('radio', { name: /Whole workshop/ }).check();
  download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.triptych$/);
  await expect(dialog.getByRole('status')).toContainText(file.suggestedFilename());
  const content = readFileSync((await file.path())!, 'utf8');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Back in the library: the same workshop is already there, so the user chooses.
  await page.getByRole('button', { name: 'Workshops', exact: true }).click();
  const table = page.getByRole('table', { name: 'Workshops' });
  await page.getByLabel('Workshop file to import').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(content),
  });
  const prompt = page.getByRole('alertdialog', { name: /is already in your library/ });
  await prompt.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Imported “Application deployment after virtualization”',
  );
  await expect(table.getByRole('row')).toHaveCount(3);

  // Dropped on the window: replace the original, nothing added.
  const transfer = await page.evaluateHandle(
    `(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([${JSON.stringify(content)}], 'deployment.triptych', { type: 'application/json' }));
      return dt;
    })()`,
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await prompt.getByRole('button', { name: 'Replace existing' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Replaced “Application deployment after virtualization”',
  );
  await expect(table.getByRole('row')).toHaveCount(3);

  // Not a workshop file: said so, nothing imported.
  await page.getByLabel('Workshop file to import').setInputFiles({
    name: 'notes.triptych',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": 1}'),
  });
  await expect(page.getByRole('alert')).toContainText('not a Triptych workshop file');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/import.png' });
});

test('imports CSV steps with a column mapping, a preview and one undo', async ({ page, app }) => {
  const { workshop } = await app.api('workshop:create', { client: 'Contoso Bank', title: 'Account opening' });
  await openStage(page, app, workshop.id, 'current');
  await page.getByRole('button', { name: 'Import CSV or Excel…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import steps from CSV or Excel into Current' });
  const fileInput = dialog.getByLabel('CSV or Excel file');

  await fileInput.setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Step,Lane,Process time\nReceive request,Service desk,soon\n'),
  });
  const preview = dialog.getByRole('table', { name: 'Rows to import' });
  await expect(preview.locator('td.invalid')).toHaveCount(1);
  await expect(dialog.getByRole('button', { name: /^Import \d+ step/ })).toBeDisabled();

  await fileInput.setInputFiles({
    name: 'steps.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Step,Lane,Process time,Who does it\nReceive request,Service desk,15m,Alice\nCheck budget,Finance,2h,Bob\n',
    ),
  });
  await expect(dialog.getByText('Triptych does not recognise one column')).toBeVisible();
  await dialog.getByLabel('Column “Who does it” holds').selectOption('notes');
  await expect(preview.getByRole('columnheader', { name: 'Notes' })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Check budget Finance 2 h Bob/ })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/csv-import.png' });
  await dialog.getByRole('button', { name: 'Import 2 steps' }).click();
  await expect(dialog).toBeHidden();

  const rows = page.locator('tr[data-step-id]');
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(0);
});

test('imports the rest of an Excel workbook with its bad cells left empty, or nothing', async ({
  page,
  app,
}) => {
  const { workshop } = await app.api('workshop:create', { client: 'Contoso Bank', title: 'Invoices' });
  await openStage(page, app, workshop.id, 'current');
  await page.getByRole('button', { name: 'Import CSV or Excel…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import steps from CSV or Excel into Current' });
  await dialog.getByLabel('CSV or Excel file').setInputFiles({
    name: 'steps-bad-en.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync(new URL('../fixtures/xlsx/steps-bad-en.xlsx', import.meta.url)),
  });
  const preview = dialog.getByRole('table', { name: 'Rows to import' });
  await expect(preview.locator('td.invalid')).toHaveCount(4);
  await expect(dialog.getByRole('button', { name: /^Import \d+ step/ })).toBeDisabled();
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screens/xlsx-import-${size.width}.png` });
  }
  await dialog.getByRole('button', { name: 'Import the rest, leaving 4 bad cells empty' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('tr[data-step-id]')).toHaveCount(3);
});
