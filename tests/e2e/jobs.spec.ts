import { bigCsv } from '../helpers/big-csv.js';
import { generatedWorkshop } from '../bench/bench-data.js';
import { expect, test } from './harness.js';
import { seedWorkshop } from './seed.js';

const ROWS = 20_000;

/**
 * A 20,000-row CSV imports in a worker thread: the progress shows above the map with a Cancel
 * button; a cancelled import writes nothing; and the map stays editable while an import runs.
 */
test('a big CSV import shows progress, cancels to nothing, and lets a step be edited meanwhile', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const { workshop } = await app.api('workshop:create', { client: 'Contoso Bank', title: 'Server checks' });
  const mapId = (await app.api('workshop:data', { id: workshop.id })).maps.current.id;
  await app.api('step:create', { mapId, afterStepId: null, fields: { title: 'Order the servers' } });
  const steps = async () => (await app.api('workshop:data', { id: workshop.id })).maps.current.steps;

  await page.goto(app.url);
  await page.goto(`${app.url.split('#')[0]!}#/workshop/${workshop.id}/current`);
  const csv = { name: 'servers.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv(ROWS)) };
  const startImport = async () => {
    await page.getByRole('button', { name: 'Import CSV or Excel…' }).click();
    const dialog = page.getByRole('dialog', { name: /Import steps from CSV or Excel/ });
    await dialog.getByLabel('CSV or Excel file').setInputFiles(csv);
    await dialog.getByRole('button', { name: 'Import 20000 steps' }).click();
    await expect(dialog).toBeHidden();
  };
  const job = page.getByRole('group', { name: 'Importing steps from CSV' });
  const writing = job.getByText(/Writing steps: [\d,]+ of 20,000/);

  await startImport();
  await expect(writing).toBeVisible();
  await expect(job.getByRole('progressbar', { name: 'Importing steps from CSV: progress' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/job-progress-1280.png' });
  // Escape is not a silent cancel: the import goes on.
  await page.keyboard.press('Escape');
  await expect(job).toBeVisible();
  await job.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled: nothing was changed.' })).toBeVisible();
  await expect(job).toBeHidden();
  expect((await steps()).map((s) => s.title)).toEqual(['Order the servers']);
  await page.getByRole('button', { name: 'Dismiss' }).click();

  await page.setViewportSize({ width: 1920, height: 1080 });
  await startImport();
  await expect(job).toBeVisible();
  // Undo now would wait and take back the import itself: it says so, and undoes nothing (the
  // import is still all there at the end).
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Undo waits for the import under way' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/job-progress-1920.png' });
  await page.getByRole('button', { name: 'Dismiss' }).click();
  // The map stays in the facilitator's hands while the import runs.
  const title = page.getByRole('textbox', { name: 'Title of step 1', exact: true });
  await title.fill('Order the virtual servers');
  await title.press('Tab');
  await expect(job).toBeHidden({ timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const after = await steps();
  expect(after).toHaveLength(ROWS + 1);
  expect(after[0]!.title).toBe('Order the virtual servers');
  expect(after.at(-1)!.title).toBe(`Check server ${ROWS - 1}`);
});

/** The Word report of a 3 × 150-step workshop is written in a worker, with its progress and a Cancel. */
test('the report shows its progress and can be cancelled without a download', async ({ page, app }) => {
  test.setTimeout(120_000);
  const id = await seedWorkshop(app, generatedWorkshop(1, 150));
  await page.goto(app.url);
  await page.goto(`${app.url.split('#')[0]!}#/workshop/${id}/report`);
  let downloads = 0;
  page.on('download', () => downloads++);
  const job = page.getByRole('group', { name: 'Writing the Word report' });
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.getByRole('button', { name: 'Generate Word report' }).click();
    await expect(job.getByRole('progressbar', { name: 'Writing the Word report: progress' })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/job-report-${width}x${height}.png` });
    await job.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('alert')).toHaveText('Cancelled: nothing was changed.');
    await expect(job).toBeHidden();
  }
  expect(downloads).toBe(0);
});
