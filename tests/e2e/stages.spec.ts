import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './harness.js';
import { seedWorkshop } from './seed.js';

const STAGES = ['setup', 'current', 'future', 'actual', 'compare', 'findings', 'report'] as const;

async function open(page: Page, url: string, id: string, stage: string) {
  await page.goto(`${url.split('#')[0]}#/workshop/${id}/${stage}`);
  await expect(page.getByRole('navigation', { name: 'Workshop stages' })).toBeVisible();
  await expect(page.locator('#stage h1').first()).toBeVisible();
}

/** Serious and critical axe findings, named by rule and element. */
async function axe(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Visible text in the presenter view set smaller than 14 px (its computed font size). */
function smallText(page: Page): Promise<string[]> {
  return page.locator('.presenter').evaluate((root) => {
    const small: string[] = [];
    const view = root.ownerDocument.defaultView!;
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('.sr-only') || el.getClientRects().length === 0) continue;
      const px = parseFloat(view.getComputedStyle(el).fontSize);
      if (px < 14) small.push(`${text.slice(0, 40)} (${px} px)`);
    }
    return small;
  });
}

for (const size of [
  { name: 'normal', width: 1280, height: 720 },
  { name: 'normal', width: 1920, height: 1080 },
  { name: 'projector', width: 1280, height: 720 },
  { name: 'projector', width: 1920, height: 1080 },
] as const) {
  const tag = `${size.name}-${size.width}`;
  const variant = `${size.name} scale, ${size.width}×${size.height}`;

  /** A seeded workshop open in the page, at the size and (set through the header's toggle) the scale. */
  async function start(page: Page, app: RunningApp): Promise<string> {
    await page.setViewportSize({ width: size.width, height: size.height });
    const id = await seedWorkshop(app);
    await page.goto(app.url);
    if (size.name === 'projector') {
      // The real setting, remembered across a reload.
      await page.getByRole('button', { name: 'Aa: projector text' }).click();
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-scale', 'projector');
      await expect(page.getByRole('button', { name: 'Aa: projector text' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      const root = await page
        .locator('html')
        .evaluate((html) => html.ownerDocument.defaultView!.getComputedStyle(html).fontSize);
      expect(root).toBe('19px');
    }
    return id;
  }

  test(`every stage is accessible (${variant})`, async ({ page, app }) => {
    test.setTimeout(420_000);
    const id = await start(page, app);
    for (const stage of STAGES) {
      await open(page, app.url, id, stage);
      await page.screenshot({ path: `test-results/screens/${stage}-${tag}.png` });
      expect(await axe(page), stage).toEqual([]);
    }

    // The map with the details panel open, as a table and as swimlanes.
    await open(page, app.url, id, 'actual');
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('button', { name: /^Step 2:/ }).click();
    await expect(page.getByRole('complementary', { name: 'Step details' })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/actual-table-${tag}.png` });
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Swimlanes' }).click();
    await page.getByRole('button', { name: /^Step 4:/ }).click();
    await expect(page.getByRole('complementary', { name: 'Step details' })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/actual-board-${tag}.png` });
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Table' }).click();
  });

  test(`every slide of the presenter view is accessible, no text under 14 px (${variant})`, async ({
    page,
    app,
  }) => {
    test.setTimeout(420_000);
    const id = await start(page, app);
    await open(page, app.url, id, 'current');
    await page.keyboard.press('F5');
    const presenter = page.getByRole('dialog', { name: 'Presenter view' });
    await expect(presenter).toBeVisible();
    for (let slide = 1; slide <= 6; slide++) {
      await expect(presenter.locator('.slide-count')).toHaveText(`${slide} / 6`);
      // Every page of a slide that has pages (the side by side of long maps; → turns them).
      for (let turn = 1; ; turn++) {
        const name = `${slide}${turn > 1 ? `-page-${turn}` : ''}`;
        await page.screenshot({ path: `test-results/screens/presenter-${name}-${tag}.png` });
        expect(await axe(page, '.presenter'), `slide ${name}`).toEqual([]);
        expect(await smallText(page), `slide ${name}`).toEqual([]);
        const pages = /page (\d+) of (\d+)/.exec(
          (await presenter.locator('.p-pages').allTextContents()).join(''),
        );
        if (!pages || pages[1] === pages[2]) break;
        await page.keyboard.press('ArrowRight');
        await expect(presenter.locator('.p-pages')).toContainText(`page ${turn + 1} of ${pages[2]}`);
      }
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await expect(presenter).toHaveCount(0);
  });
}
