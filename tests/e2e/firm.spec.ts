import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { withFirm } from '../../electron/core/firm/connection.js';
import { publishVersion } from '../../electron/core/firm/publish.js';
import { serializeTriptych } from '../../shared/exchange/triptych-file.js';
import { originWorkshop } from '../fixtures/origin-workshop.js';
import { type FirmLibrary, startFirmLibrary } from '../helpers/firm-library.js';
import { expect, test } from './harness.js';
import { seedWorkshop } from './seed.js';

let lib: FirmLibrary;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  lib = await startFirmLibrary();
  // A colleague (alice) has already published her engagement for the whole firm.
  const data = originWorkshop();
  const steps = data.maps.current.steps.map((s, i) =>
    i === 0 ? { ...s, title: 'Inspect zeppelin mooring' } : s,
  );
  const content = serializeTriptych({
    ...data,
    workshop: { ...data.workshop, title: 'Airship maintenance intake' },
    maps: { ...data.maps, current: { ...data.maps.current, steps } },
  });
  await withFirm(lib.target('alice'), lib.password('alice'), (c) =>
    publishVersion(c, {
      idempotencyKey: randomUUID(),
      content,
      visibility: 'firm',
      team: null,
      industry: 'Aviation',
    }),
  );
});
test.afterAll(() => lib?.destroy());

async function shoot(page: Page, name: string) {
  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/screens/firm-${name}-${w}.png` });
  }
}

test('connects, publishes, finds a colleague’s work in the firm and uses it as a template', async ({
  page,
  app,
}) => {
  // Several round trips to a real PostgreSQL: give a loaded machine room.
  test.setTimeout(120_000);
  await seedWorkshop(app);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Firm library…' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings — Firm library' });
  await expect(settings.getByRole('status')).toContainText('not set up');
  await settings.getByLabel('Host').fill('127.0.0.1');
  await settings.getByLabel('Port').fill(String(lib.cluster.port));
  await settings.getByLabel('Database').fill('firm');
  await settings.getByLabel('User (your PostgreSQL role)').fill('bob');
  await settings.getByLabel('Password').fill(lib.password('bob'));
  await settings.getByRole('button', { name: 'Save and connect' }).click();
  await expect(settings.getByRole('status')).toContainText('connected');

  await settings.getByLabel('Industry').fill('Infrastructure');
  await settings.getByRole('button', { name: 'Publish to the firm library' }).click();
  await expect(settings.getByRole('list', { name: 'Outbox' })).toContainText('Sent · v1');
  await expect(settings.getByRole('status')).toContainText('0 waiting');
  await shoot(page, 'settings');
  await settings.getByRole('button', { name: 'Close' }).click();

  // The same search box finds local work and the firm's, the latter marked "firm".
  await page.setViewportSize({ width: 1366, height: 820 });
  const search = page.getByRole('combobox', { name: 'Search all workshops' });
  await search.fill('zeppelin');
  const results = page.getByRole('listbox', { name: 'Search results' });
  const hit = results.getByRole('option').filter({ hasText: 'Airship maintenance intake' });
  await expect(hit).toContainText('firm');
  await expect(hit.locator('mark')).toHaveText(/zeppelin/i);
  await shoot(page, 'search');

  await page.setViewportSize({ width: 1366, height: 820 });
  await hit.click();
  const viewer = page.getByRole('dialog', { name: /Airship maintenance intake/ });
  await expect(viewer).toContainText('read-only');
  await expect(viewer.getByRole('region', { name: 'current map' })).toContainText('Inspect zeppelin mooring');
  // Not bob's own: he may use it as a template, not continue it.
  await expect(viewer.getByRole('button', { name: 'Download to continue' })).toHaveCount(0);
  await shoot(page, 'version');
  await viewer.getByRole('button', { name: 'Use as template' }).click();
  await expect(page).toHaveURL(/#\/workshop\/[0-9a-f-]{36}\/setup/);
  const library = await app.api('library:list', {});
  expect(library.map((w) => w.title)).toContain('Airship maintenance intake');
  await shoot(page, 'template');

  // Across the firm: both published engagements of this process, side by side.
  await page.setViewportSize({ width: 1366, height: 820 });
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('button', { name: 'Workshops' })
    .click();
  await page.getByRole('button', { name: 'Firm library…' }).click();
  await page.getByRole('button', { name: 'Across the firm…' }).click();
  const review = page.getByRole('dialog', { name: 'Across the firm' });
  const group = review.getByRole('region', { name: 'Application deployment, Aviation' });
  await expect(group.getByRole('row')).toHaveCount(2);
  await expect(review.getByRole('region', { name: 'Application deployment, Infrastructure' })).toBeVisible();
  await shoot(page, 'review');
});
