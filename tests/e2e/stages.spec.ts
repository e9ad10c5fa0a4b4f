import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness.js';
import { seedWorkshop } from './seed.js';

const STAGES = ['setup', 'current', 'future', 'actual'] as const;

async function open(page: Page, url: string, id: string, stage: string) {
  await page.goto(`${url.split('#')[0]}#/workshop/${id}/${stage}`);
  await expect(page.getByRole('navigation', { name: 'Workshop stages' })).toBeVisible();
}

for (const size of [
  { name: 'normal', width: 1440, height: 900 },
  { name: 'projector', width: 1280, height: 720 },
]) {
  test(`every stage renders the origin story, accessibly (${size.name})`, async ({ page, app }) => {
    await page.setViewportSize(size);
    const id = await seedWorkshop(app);
    await page.goto(app.url);
    for (const stage of STAGES) {
      await open(page, app.url, id, stage);
      await expect(page.getByRole('button', { name: /Step 1:|Add attendees/ }).first()).toBeVisible();
      await page.screenshot({
        path: `test-results/screens/${stage}-${size.name}.png`,
        fullPage: size.name === 'normal',
      });
      const axe = await new AxeBuilder({ page }).analyze();
      const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await open(page, app.url, id, 'actual');
    await page.getByRole('button', { name: 'Swimlanes' }).click();
    await page.getByRole('button', { name: /^Step 4:/ }).click();
    await expect(page.getByRole('complementary', { name: 'Step details' })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/actual-board-${size.name}.png` });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await page.getByRole('button', { name: 'Table' }).click();
  });
}
