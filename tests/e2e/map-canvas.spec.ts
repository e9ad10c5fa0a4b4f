import type { Page } from '@playwright/test';
import { STEPS, seedMap } from './canvas-seed.js';
import { expect, test } from './harness.js';

/** Every card lies inside the window and shows its whole title. */
async function expectAllFit(page: Page, cards: string) {
  const boxes = await page.locator(cards).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const view = el.ownerDocument.documentElement;
      const title = el.querySelector('.card-title, .p-title')!;
      return {
        inside: r.left >= 0 && r.top >= 0 && r.right <= view.clientWidth && r.bottom <= view.clientHeight,
        whole: title.scrollWidth <= title.clientWidth && title.scrollHeight <= title.clientHeight + 1,
        text: title.textContent,
      };
    }),
  );
  expect(boxes).toHaveLength(STEPS.length);
  expect(boxes.filter((b) => !b.inside || !b.whole)).toEqual([]);
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`a 12-step, 7-lane map fits the board at ${size.width}×${size.height}`, async ({ page, app }) => {
    await page.setViewportSize(size);
    const id = await seedMap(app);
    await page.goto(app.url);
    await page.goto(`${app.url.split('#')[0]}#/workshop/${id}/current`);
    await page.getByRole('button', { name: 'Swimlanes' }).click();
    await expect(page.getByRole('button', { name: /^Step 12:/ })).toBeVisible();
    await expectAllFit(page, '.board .step-card');
    // Lanes: seven drawn, names whole; the empty one offered for removal, not drawn.
    const names = page.locator('.lane-name');
    await expect(names).toHaveCount(7);
    for (const el of await names.all())
      expect(await el.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await page.screenshot({ path: `test-results/screens/board-${size.width}.png` });
    await expect(page.getByRole('navigation', { name: 'Workshop stages' })).toContainText(
      '12 steps, 7 lanes',
    );
    await page.getByRole('button', { name: 'Remove “Lane X”' }).click();
    await expect(page.getByRole('button', { name: 'Remove “Lane X”' })).toHaveCount(0);

    // Zoom in with the keyboard, then fit again.
    await page.getByRole('region', { name: 'current swimlanes' }).focus();
    const fitted = await page.getByText(/^\d+ %$/).textContent();
    await page.keyboard.press('Control+=');
    await expect(page.getByText(/^\d+ %$/)).not.toHaveText(fitted!);
    await page.keyboard.press('Control+0');
    await expect(page.getByRole('button', { name: 'Fit to screen' })).toHaveAttribute('aria-pressed', 'true');
    await expectAllFit(page, '.board .step-card');

    // The presenter view shows the same map whole, every title untruncated.
    await page.keyboard.press('F5');
    const presenter = page.getByRole('dialog', { name: 'Presenter view' });
    await expect(presenter.getByRole('heading', { name: 'Current state' })).toBeVisible();
    await expectAllFit(page, '.presenter .p-card');
    await page.screenshot({ path: `test-results/screens/presenter-12-steps-${size.width}.png` });
    await page.keyboard.press('Escape');
    await expect(presenter).toHaveCount(0);
  });
}
