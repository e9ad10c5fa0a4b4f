import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { compareWorkshop } from '../../shared/compare/index.js';
import { MAP_STATES } from '../../shared/domain/types.js';
import { statusMark } from '../../shared/report/side-by-side.js';
import { seedOriginStory } from './compare-seed.js';
import { expect, test } from './harness.js';

/** The origin story as the report, the read-out deck and the presenter's slide mark it. */
const KNOWN: [state: string, title: string, mark: string][] = [
  ['current', 'Submit hardware request form', '= Still done'],
  ['current', 'Rack and install OS', '✓ Retired'],
  ['current', 'Deploy application', '✓ Kept as planned'],
  ['future', 'Self-service request', '✗ Not adopted'],
  ['future', 'Deploy application', '✓ Kept as planned'],
  ['actual', 'Manager approval', '= Unchanged'],
  ['actual', 'Request VM from infra team', '≈ Changed off-plan'],
  ['actual', 'Chase the VM request by phone', '+ Workaround'],
  ['actual', 'Deploy application', '✓ Kept as planned'],
];

interface ShownMark {
  mark: string;
  tone: string | undefined;
  text: string;
  colour: string;
}

/** Every step's status badge on Compare, "state: title" → its mark (icon and word), tone and whole text. */
async function shownMarks(page: Page): Promise<Map<string, ShownMark>> {
  const rows = await page.locator('article.step').evaluateAll((steps) =>
    steps.map((step) => {
      const badge = step.querySelector('.status');
      return {
        key: step.getAttribute('aria-label')!.replace(' step: ', ': '),
        mark: badge
          ? `${badge.querySelector('.icon')!.textContent} ${badge.querySelector('.word')!.textContent}`
          : '',
        tone: /tone-(\w+)/.exec(badge?.className ?? '')?.[1],
        text: badge?.textContent ?? '',
        colour: badge ? step.ownerDocument.defaultView!.getComputedStyle(badge).color : '',
      };
    }),
  );
  return new Map(rows.map(({ key, ...shown }) => [key, shown]));
}

test('Compare marks every step with the symbol, word and colour the report and the deck use', async ({
  page,
  app,
}) => {
  const { workshopId } = await seedOriginStory(app.api);
  const data = await app.api('workshop:data', { id: workshopId });
  const comparison = compareWorkshop({ maps: data.maps, links: data.links });
  await page.goto(app.url);
  const base = app.url.split('#')[0]!;
  await page.goto(`${base}#/workshop/${workshopId}/compare`);
  await expect(page.getByRole('region', { name: 'Verdict' })).toBeVisible();
  await expect(page.locator('article.step .status')).toHaveCount(8 + 6 + 10);

  const shown = await shownMarks(page);
  for (const [state, title, mark] of KNOWN) expect(shown.get(`${state}: ${title}`)?.mark, title).toBe(mark);
  // Every step, as the side-by-side page of the report draws it.
  const colourOf = new Map<string, string>();
  for (const state of MAP_STATES)
    for (const step of data.maps[state].steps) {
      const key = `${state}: ${step.title}`;
      const expected = statusMark(comparison, state, step.id);
      expect(shown.get(key), key).toMatchObject({
        mark: `${expected.icon} ${expected.label}`,
        tone: expected.tone,
      });
      // One colour per tone on this screen.
      const colour = shown.get(key)!.colour;
      expect(colourOf.get(expected.tone) ?? colour, key).toBe(colour);
      colourOf.set(expected.tone, colour);
    }
  expect(new Set(colourOf.values()).size).toBe(colourOf.size);
  // The stage's longer explanation stays after the word.
  expect(shown.get('actual: Chase the VM request by phone')?.text).toContain(
    'Workaround (in neither current nor future)',
  );
  expect(shown.get('current: Submit hardware request form')?.text).toContain('Still done in actual');

  // The status filter offers the same marks, with how many steps carry each.
  const filter = page.getByLabel('Status');
  await expect(filter.locator('optgroup[label="Current steps"] option')).toHaveText([
    '= Still done (5)',
    '✓ Kept as planned (2)',
    '✓ Retired (1)',
  ]);
  await filter.selectOption('current:Kept as planned');
  await expect(page.getByText(/^2 of \d+ rows shown$/)).toBeVisible();
  await expect(page.getByRole('article', { name: 'current step: Go-live' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'current step: Manager approval' })).toBeHidden();
  await page.getByRole('button', { name: 'Clear filters' }).click();

  const { violations } = await new AxeBuilder({ page }).include('article.step').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    // The top of the lists, then the workaround and the steps the design kept.
    await page.locator('article.step').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/compare-marks-${size.width}.png` });
    await page.getByRole('article', { name: 'actual step: Deploy application' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/compare-marks-${size.width}-kept.png` });
  }
});
