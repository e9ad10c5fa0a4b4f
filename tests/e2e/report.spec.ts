import AxeBuilder from '@axe-core/playwright';
import mammoth from 'mammoth';
import { expect, test } from './harness.js';
import { seedWorkshop } from './seed.js';

test('the report stage generates the Word deliverable, downloaded in browser mode', async ({
  page,
  app,
}, info) => {
  // Two documents generated in browser mode: give a loaded machine room.
  test.setTimeout(120_000);
  const id = await seedWorkshop(app);
  await page.goto(app.url);
  await page.goto(`${app.url.split('#')[0]}#/workshop/${id}/report`);
  await expect(page.getByRole('heading', { name: 'What the report will contain' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Executive summary' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/report.png', fullPage: true });
  // The outline promises the comparison at a glance in the chapter and the full table in the appendix.
  await expect(page.getByText('Side by side', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Step by step', { exact: true }).first()).toBeVisible();
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/screens/report-${width}x${height}.png` });
  }
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate Word report' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const path = info.outputPath('report.docx');
  await file.saveAs(path);
  const { value: text } = await mammoth.extractRawText({ path });
  expect(text).toContain('Application deployment after virtualization');
  expect(text).toContain('Northwind IT');
  expect(text).toMatch(/Change realized/);
  expect(text).toContain('Submit hardware request form');
  await expect(page.getByRole('status').filter({ hasText: 'is ready' })).toBeVisible();

  // The read-out deck comes from the same stage, as a PowerPoint file.
  const deck = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate read-out deck' }).click();
  const slides = await deck;
  expect(slides.suggestedFilename()).toMatch(/read-out\.pptx$/);
  await expect(page.getByRole('status').filter({ hasText: '.pptx' })).toBeVisible();
  // The document's status is chosen in the options; a new workshop's report is a draft.
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('draft');
});
