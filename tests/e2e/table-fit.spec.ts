import type { Locator, Page } from '@playwright/test';
import { STEPS, seedMap } from './canvas-seed.js';
import { expect, type RunningApp, test } from './harness.js';

/** Elements whose text is cut (scrollWidth > clientWidth) or that lie outside the window sideways. */
async function cut(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((els) =>
    els
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const cutText = el.scrollWidth > el.clientWidth;
        return cutText || r.left < 0 || r.right > el.ownerDocument.documentElement.clientWidth;
      })
      .map((el) => ('value' in el ? String(el.value) : '') || el.textContent || ''),
  );
}

async function openWithDetails(page: Page, url: string, id: string) {
  await page.goto(url);
  await page.goto(`${url.split('#')[0]}#/workshop/${id}/current`);
  await page.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('button', { name: /^Step 2:/ }).click();
  await expect(page.getByRole('complementary', { name: 'Step details' })).toBeVisible();
}

// 853×480 is 1280×720 at 150 % zoom.
const SIZES = [
  { width: 1280, height: 720, projector: false },
  { width: 853, height: 480, projector: false },
  { width: 1920, height: 1080, projector: false },
  { width: 1280, height: 720, projector: true },
];

/** A seeded map at this window size (and projector text), its table shown and step 2's details open. */
async function openAtSize(page: Page, app: RunningApp, size: (typeof SIZES)[number]) {
  await page.setViewportSize(size);
  const id = await seedMap(app);
  if (size.projector) {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Aa: projector text' }).click();
  }
  await openWithDetails(page, app.url, id);
}

for (const size of SIZES) {
  const tag = `${size.width}${size.projector ? '-projector' : ''}`;
  test(`step titles and lane names are whole with the details panel open at ${size.width}×${size.height}${size.projector ? ', projector text' : ''}`, async ({
    page,
    app,
  }) => {
    await openAtSize(page, app, size);
    // The row is seen without scrolling sideways: what does not fit is folded into the open panel.
    const table = page.getByLabel('current steps table');
    expect(await table.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    const panel = page.getByRole('complementary', { name: 'Step details' });
    expect(await cut(panel.getByRole('combobox', { name: 'Lane' }))).toEqual([]);
    if (size.width < 1500) {
      await expect(page.getByRole('columnheader', { name: 'Manual?' })).toHaveCount(0);
      await expect(panel.getByRole('combobox', { name: 'Manual or automated' })).toBeVisible();
    }
    const titles = page.getByRole('textbox', { name: /^Title of step / });
    await expect(titles).toHaveCount(STEPS.length);
    expect(await cut(titles)).toEqual([]);
    expect(await cut(page.getByRole('combobox', { name: /^Lane of / }))).toEqual([]);
    // The stepper's stage names are never cut ("Se…").
    expect(await cut(page.locator('.stepper .label'))).toEqual([]);
    await page.screenshot({ path: `test-results/screens/table-details-${tag}.png` });
  });
}

const COLUMN_LABELS = [
  '#',
  'Step',
  'Lane',
  'Kind',
  'Tools / systems',
  'Process time',
  'Wait time',
  '%C&A',
  'Manual?',
  'Pain',
];

/** Column headers whose right edge lies past the window's (or the table's) right edge. */
async function beyondRight(page: Page): Promise<string[]> {
  return page.getByLabel('current steps table').evaluate((scroll) => {
    const right = Math.min(
      scroll.ownerDocument.documentElement.clientWidth,
      scroll.getBoundingClientRect().right,
    );
    return [...scroll.querySelectorAll('th')]
      .filter((th) => th.getBoundingClientRect().right > right + 0.5)
      .map((th) => `${th.textContent?.trim()} (${Math.round(th.getBoundingClientRect().right)} > ${right})`);
  });
}

for (const size of SIZES) {
  const tag = `${size.width}${size.projector ? '-projector' : ''}`;
  test(`every column is in view with the details panel closed at ${size.width}×${size.height}${size.projector ? ', projector text' : ''}`, async ({
    page,
    app,
  }) => {
    await openAtSize(page, app, size);
    const table = page.getByLabel('current steps table');
    const fits = () => table.evaluate((e) => e.scrollWidth <= e.clientWidth);

    // Folded away (the "Details" tab stays at the side), then closed (no step selected).
    await page.getByRole('button', { name: 'Fold the details panel' }).click();
    await expect(page.getByRole('complementary', { name: 'Step details' })).toHaveCount(0);
    await expect.poll(() => beyondRight(page)).toEqual([]);
    expect(await fits()).toBe(true);
    expect(await cut(page.getByRole('textbox', { name: /^Title of step / }))).toEqual([]);
    expect(await cut(page.getByRole('combobox', { name: /^Lane of / }))).toEqual([]);
    // On a laptop's screen every column stays (narrower); where even that cannot fit, the columns
    // left out are named under the table.
    const headers = await page.getByRole('columnheader').allTextContents();
    const note = page.getByText(/^Not shown at this width/);
    if (!size.projector && size.width >= 1280) {
      expect(headers.map((h) => h.trim())).toEqual(COLUMN_LABELS);
      await expect(note).toHaveCount(0);
    } else {
      const left = COLUMN_LABELS.filter((l) => !headers.some((h) => h.trim() === l));
      expect(left.length).toBeGreaterThan(0);
      await expect(note).toContainText(left.join(', '));
    }
    await page.screenshot({ path: `test-results/screens/table-folded-${tag}.png` });

    // Tab goes on from the lane to the next field the row shows, past those left out.
    const after = ['Kind', 'Tools / systems', 'Process time', 'Wait time', '%C&A', 'Manual?'];
    const fields = ['kind', 'tools', 'process', 'wait', 'pct', 'automation'];
    const next = fields[after.findIndex((l) => headers.some((h) => h.trim() === l))];
    await page
      .getByRole('textbox', { name: /^Title of step / })
      .nth(2)
      .click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page
      .locator(':focus')
      .evaluate(
        (el) =>
          `${el.closest('tr[data-step-id]') ? 'row' : 'elsewhere'}:${el.closest('[data-field]')?.getAttribute('data-field')}`,
      );
    expect(focused).toBe(`row:${next}`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Details' }).click();
    await page.getByRole('button', { name: 'Close step details' }).click();
    await expect(page.getByRole('button', { name: 'Details' })).toHaveCount(0);
    await expect.poll(() => beyondRight(page)).toEqual([]);
    expect(await fits()).toBe(true);
    expect(await cut(page.getByRole('textbox', { name: /^Title of step / }))).toEqual([]);
    await page.screenshot({ path: `test-results/screens/table-closed-${tag}.png` });
  });
}

test('the details panel folds away and the columns resize, both remembered', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const id = await seedMap(app);
  await openWithDetails(page, app.url, id);
  const table = page.getByLabel('current steps table');
  const withPanel = (await table.boundingBox())!.width;
  await page.getByRole('button', { name: 'Fold the details panel' }).click();
  await expect(page.getByRole('complementary', { name: 'Step details' })).toHaveCount(0);
  // Folded, every column is in view and the table is the width of the stage.
  await expect.poll(async () => (await table.boundingBox())!.width).toBeGreaterThan(withPanel);
  const wait = page.getByRole('textbox', { name: /^Wait time of / }).first();
  expect(await cut(wait)).toEqual([]);

  const toolsCol = page.getByRole('columnheader', { name: 'Tools / systems' });
  const before = (await toolsCol.boundingBox())!.width;
  await page.getByRole('button', { name: 'Resize the Tools / systems column' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await toolsCol.boundingBox())!.width).toBeGreaterThan(before + 20);
  const resized = (await toolsCol.boundingBox())!.width;

  await page.reload();
  await page.getByRole('button', { name: /^Step 3:/ }).click();
  await expect(page.getByRole('button', { name: 'Details' })).toBeVisible();
  expect(Math.round((await toolsCol.boundingBox())!.width)).toBe(Math.round(resized));
  await page.getByRole('button', { name: 'Details' }).click();
  await expect(page.getByRole('complementary', { name: 'Step details' })).toBeVisible();
});
