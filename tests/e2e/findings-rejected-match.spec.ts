import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { seedOriginStory } from './compare-seed.js';
import { expect, test } from './harness.js';

const PAIR = 'Smoke test (future) with Smoke test by hand (actual)';
/** Suggested only while the two smoke tests are read as one step. */
const FROM_MATCH = '"Smoke test by hand" is manual; the future automated it';
/** Suggested once they are two steps: the hand-run one is in neither current nor future. */
const WORKAROUND = '"Smoke test by hand" is a workaround outside the designed process';
const NOT_ADOPTED = '"Smoke test" from the future state was not adopted';

/** The open suggestions' titles, once the decisions are loaded. */
async function suggested(page: Page): Promise<{ region: Locator; titles: string[] }> {
  const region = page.getByRole('region', { name: /Suggested by the comparison/ });
  await expect(region.getByRole('button', { name: /^Accept finding/ }).first()).toBeVisible();
  return { region, titles: await region.locator('.card .title').allTextContents() };
}

test('Findings no longer suggests findings from a match the facilitator rejected on Compare', async ({
  page,
  app,
}) => {
  const { workshopId } = await seedOriginStory(app.api);
  await page.goto(app.url);
  const base = app.url.split('#')[0]!;

  // Matched automatically, the hand-run smoke test counts as the future's smoke test.
  await page.goto(`${base}#/workshop/${workshopId}/findings`);
  const before = (await suggested(page)).titles;
  expect(before).toContain(FROM_MATCH);
  expect(before).not.toContain(WORKAROUND);
  expect(before).not.toContain(NOT_ADOPTED);

  // The facilitator says they are not the same step.
  await page.goto(`${base}#/workshop/${workshopId}/compare`);
  const review = page.getByRole('region', { name: 'Automatic matches' });
  await review.getByRole('button', { name: `Reject match: ${PAIR}` }).click();
  await expect(
    page.getByRole('article', { name: 'actual step: Smoke test by hand', exact: true }),
  ).toContainText('Workaround');

  // Findings suggests from that comparison: the step is a workaround and the future's smoke test
  // was not adopted, as Compare now says; nothing that read them as one step is left.
  await page.goto(`${base}#/workshop/${workshopId}/findings`);
  const { region, titles: after } = await suggested(page);
  expect(after).toContain(WORKAROUND);
  expect(after).toContain(NOT_ADOPTED);
  expect(after).not.toContain(FROM_MATCH);
  await expect(region.getByRole('button', { name: `Accept finding: ${FROM_MATCH}` })).toHaveCount(0);

  // The workaround is accepted from here and becomes a finding.
  await region.getByRole('button', { name: `Accept finding: ${WORKAROUND}` }).click();
  await expect(region.getByRole('status')).toContainText(`findings below: ${WORKAROUND}`);
  await expect(region.getByText(WORKAROUND, { exact: true })).toHaveCount(0);

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await region
      .getByRole('heading', { name: /Suggested by the comparison/ })
      .evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: `test-results/screens/findings-rejected-match-${width}.png` });
  }
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
