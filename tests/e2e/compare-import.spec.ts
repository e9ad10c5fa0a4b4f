/** Three CSV imports with no lineage: Compare matches the steps automatically and the facilitator reviews them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWorkshop } from '../../shared/compare/index.js';
import { expect, test } from './harness.js';

const DIR = join(process.cwd(), 'tests/fixtures/scenarios/procurement');

test('imports three CSVs, reviews the automatic matches, and shows statuses and verdict', async ({
  page,
  app,
}) => {
  const { workshop } = await app.api('workshop:create', { client: 'Acme', title: 'Procurement' });
  for (const state of ['current', 'future', 'actual'] as const) {
    const content = readFileSync(join(DIR, `${state}.csv`), 'utf8');
    await app.api('csv:import', { workshopId: workshop.id, state, content });
  }
  const data = await app.api('workshop:data', { id: workshop.id });
  const expected = compareWorkshop({ maps: data.maps, links: data.links });
  expect(expected.automatic.length).toBeGreaterThan(5);

  await page.goto(app.url);
  const base = app.url.split('#')[0]!;
  await page.goto(`${base}#/workshop/${workshop.id}/compare`);
  const review = page.getByRole('region', { name: 'Automatic matches' });
  await expect(review.getByTestId('automatic-count')).toContainText(`${expected.automatic.length}`);
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict).toContainText(expected.verdict.sentence);
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/compare-import-${size.width}.png`, fullPage: false });
  }

  // Reject one match (it never comes back), then accept the rest: all become manual links.
  const first = review.getByRole('button', { name: /^Reject match: / }).first();
  const label = (await first.getAttribute('aria-label'))!;
  await first.click();
  await expect(review.getByRole('button', { name: label, exact: true })).toHaveCount(0);
  await review.getByRole('button', { name: /^Accept all/ }).click();
  await expect(review.getByTestId('automatic-count')).toContainText('No automatic matches to review');
  const after = await app.api('workshop:data', { id: workshop.id });
  expect(after.links.length).toBeGreaterThan(5);
  expect(after.links.every((l) => l.source === 'manual')).toBe(true);
  await expect(verdict).toContainText('process change realized');

  // Accept all was one edit: one undo brings every accepted match back to review.
  const accepted = after.links.length;
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(review.getByTestId('automatic-count')).toContainText(`${accepted}`);
  expect((await app.api('workshop:data', { id: workshop.id })).links).toEqual([]);
});
