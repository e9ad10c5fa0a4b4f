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

/** Each element's font size as drawn: its computed size times the scale of every transform above it. */
function drawnFontPx(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const view = el.ownerDocument.defaultView!;
      let scale = 1;
      for (let e: typeof el | null = el; e; e = e.parentElement) {
        // matrix(a, b, c, d, e, f) or matrix3d(a, …): a is the horizontal scale (no rotation here).
        const m = /^matrix(?:3d)?\(([^,]+),/.exec(view.getComputedStyle(e).transform);
        if (m) scale *= parseFloat(m[1]!);
      }
      return parseFloat(view.getComputedStyle(el).fontSize) * scale;
    }),
  );
}

for (const size of [
  { width: 1280, height: 720, scale: 'normal' },
  { width: 1920, height: 1080, scale: 'normal' },
  { width: 1280, height: 720, scale: 'projector' },
]) {
  test(`the three 12-step states side by side are read from the back of the room (${size.scale}, ${size.width})`, async ({
    page,
    app,
  }) => {
    await page.setViewportSize(size);
    const id = await seedMap(app);
    await app.api('map:start-from', { workshopId: id, source: 'current', target: 'future' });
    await app.api('map:start-from', { workshopId: id, source: 'future', target: 'actual' });
    await page.goto(app.url);
    if (size.scale === 'projector') await page.getByRole('button', { name: 'Aa: projector text' }).click();
    await page.goto(`${app.url.split('#')[0]}#/workshop/${id}/compare`);
    await expect(page.getByRole('heading', { name: /Compare/ }).first()).toBeVisible();
    await page.keyboard.press('F5');
    const presenter = page.getByRole('dialog', { name: 'Presenter view' });
    await expect(presenter.getByRole('heading', { name: 'Was the change realized?' })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(presenter.getByRole('heading', { name: 'Current, future and actual' })).toBeVisible();
    const tag = `${size.scale}-${size.width}`;
    await page.screenshot({ path: `test-results/screens/presenter-sides-12-${tag}.png` });

    // Every page of the slide: rows inside the window, titles whole, titles drawn at 18 px or more
    // and the rest at 14 px or more (no transform shrinks them).
    const seen = new Set<string>();
    for (let turn = 0; turn < 12; turn++) {
      const titles = await drawnFontPx(page, '.p-side-by-side .p-title');
      expect(titles.length).toBeGreaterThan(0);
      expect(Math.min(...titles)).toBeGreaterThanOrEqual(18);
      expect(
        Math.min(...(await drawnFontPx(page, '.p-side-by-side .p-meta, .p-side-by-side .p-num'))),
      ).toBeGreaterThanOrEqual(14);
      const rows = await page.locator('.p-side-by-side .p-step').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          const v = el.ownerDocument.documentElement;
          const t = el.querySelector('.p-title')!;
          const m = el.querySelector('.p-meta')!;
          return {
            key: `${el.closest('section')!.getAttribute('aria-label')} ${el.querySelector('.p-num')!.textContent}`,
            inside: r.top >= 0 && r.left >= 0 && r.bottom <= v.clientHeight && r.right <= v.clientWidth,
            whole:
              t.scrollWidth <= t.clientWidth &&
              t.scrollHeight <= t.clientHeight + 1 &&
              m.scrollWidth <= m.clientWidth,
          };
        }),
      );
      expect(rows.filter((r) => !r.inside || !r.whole)).toEqual([]);
      for (const r of rows) seen.add(r.key);
      await page.keyboard.press('ArrowRight');
      if (await presenter.getByRole('heading', { name: 'Was the change realized?' }).isVisible()) break;
    }
    // All 36 steps were shown, and → went on to the verdict after the last page.
    expect(seen.size).toBe(36);
    await expect(presenter.getByRole('heading', { name: 'Was the change realized?' })).toBeVisible();
  });
}
