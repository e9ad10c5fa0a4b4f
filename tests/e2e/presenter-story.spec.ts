import { seedOriginStory } from './compare-seed.js';
import { expect, test } from './harness.js';

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`F5 on Compare presents the verdict; arrows move through the story (${size.width})`, async ({
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const { workshopId } = await seedOriginStory(app.api);
    await app.api('room:add', {
      workshopId,
      item: { kind: 'agenda', title: 'Compare the states', minutes: 30 },
    });
    await page.goto(app.url);
    await page.goto(`${app.url.split('#')[0]}#/workshop/${workshopId}/compare`);
    await expect(page.getByRole('heading', { name: /Compare/ }).first()).toBeVisible();

    await page.keyboard.press('F5');
    const presenter = page.getByRole('dialog', { name: 'Presenter view' });
    await expect(presenter.getByRole('heading', { name: 'Was the change realized?' })).toBeVisible();
    const verdict = presenter.getByRole('region', { name: 'Verdict' });
    await expect(verdict.locator('.p-figure')).toHaveText(/^\d+ %$/);
    await expect(verdict.locator('.p-sentence')).not.toBeEmpty();
    expect(await verdict.locator('.p-evidence li').count()).toBeLessThanOrEqual(3);
    await expect(presenter.getByRole('timer', { name: 'Agenda timer' })).toBeVisible();
    await expect(presenter.getByText('Compare the states')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/presenter-verdict-${size.width}.png` });

    // Back through the side-by-side view to the actual map; on to the findings.
    await page.keyboard.press('ArrowLeft');
    await expect(presenter.getByRole('heading', { name: 'Current, future and actual' })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/presenter-sides-${size.width}.png` });
    await page.keyboard.press('ArrowLeft');
    await expect(presenter.getByRole('heading', { name: 'Actual state' })).toBeVisible();
    const cards = presenter.locator('.p-card');
    expect(await cards.count()).toBeGreaterThan(3);
    const outside = await cards.evaluateAll(
      (els) =>
        els.filter((el) => {
          const r = el.getBoundingClientRect();
          const v = el.ownerDocument.documentElement;
          const t = el.querySelector('.p-title')!;
          return (
            r.left < 0 ||
            r.top < 0 ||
            r.right > v.clientWidth ||
            r.bottom > v.clientHeight ||
            t.scrollWidth > t.clientWidth
          );
        }).length,
    );
    expect(outside).toBe(0);
    await page.screenshot({ path: `test-results/screens/presenter-actual-${size.width}.png` });
    // On through the side by side (its pages, when the lists need more than one) and the verdict.
    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByRole('heading', { name: 'Current, future and actual' })).toBeVisible();
    await expect(async () => {
      await page.keyboard.press('ArrowRight');
      await expect(presenter.getByRole('heading', { name: 'Was the change realized?' })).toBeVisible({
        timeout: 500,
      });
    }).toPass();
    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByRole('heading', { name: 'Findings' })).toBeVisible();
    await expect(presenter.getByRole('timer', { name: 'Agenda timer' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(presenter).toHaveCount(0);
  });
}

test('the presenter window (Electron opens it at #/present/…) tells the same story from Compare', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const { workshopId } = await seedOriginStory(app.api);
  await app.api('room:add', {
    workshopId,
    item: { kind: 'agenda', title: 'Compare the states', minutes: 30 },
  });
  await page.goto(app.url);
  await page.goto(`${app.url.split('#')[0]}#/present/${workshopId}/comparison`);
  const presenter = page.getByRole('dialog', { name: 'Presenter view' });
  await expect(presenter.getByRole('heading', { name: 'Was the change realized?' })).toBeVisible();
  await expect(presenter.getByRole('region', { name: 'Verdict' }).locator('.p-figure')).toHaveText(/^\d+ %$/);
  await expect(presenter.getByRole('timer', { name: 'Agenda timer' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { name: 'Findings' })).toBeVisible();
  for (const heading of ['Was the change realized?', 'Current, future and actual', 'Actual state']) {
    await page.keyboard.press('ArrowLeft');
    await expect(presenter.getByRole('heading', { name: heading })).toBeVisible();
  }
  // A slide that is not one is no presenter route: the app opens on the library.
  await page.goto(`${app.url.split('#')[0]}#/present/${workshopId}/compare`);
  await expect(page.getByRole('dialog', { name: 'Presenter view' })).toHaveCount(0);
});
