import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { seedOriginStory } from './compare-seed.js';
import { expect, test } from './harness.js';

/** The origin story's statuses (as Compare words them), drawn as the read-out deck and the report mark them. */
const KNOWN: [state: string, title: string, mark: string][] = [
  ['Current', 'Submit hardware request form', '= Still done'],
  ['Current', 'Rack and install OS', '✓ Retired'],
  ['Future', 'Self-service request', '✗ Not adopted'],
  // Kept by the design as it was in current: neither a failure nor a gain, in all three columns.
  ['Current', 'Deploy application', '✓ Kept as planned'],
  ['Future', 'Deploy application', '✓ Kept as planned'],
  ['Actual', 'Manager approval', '= Unchanged'],
  ['Actual', 'Request VM from infra team', '≈ Changed off-plan'],
  ['Actual', 'Chase the VM request by phone', '+ Workaround'],
  ['Actual', 'Deploy application', '✓ Kept as planned'],
];

interface DrawnMark {
  mark: string;
  /** The mark's font size as drawn (px), and whether it lies inside the window. */
  px: number;
  inside: boolean;
}

/** Every step's mark on the side-by-side slide, "State: title" → mark, turning its pages (→) as it goes. */
async function drawnMarks(page: Page, presenter: Locator): Promise<Map<string, DrawnMark>> {
  const marks = new Map<string, DrawnMark>();
  for (;;) {
    const rows = await presenter.locator('.p-side-by-side section').evaluateAll((sections) =>
      sections.flatMap((section) =>
        [...section.querySelectorAll('.p-step[data-step-id]')].map((row) => {
          const mark = row.querySelector('.p-mark');
          const r = mark?.getBoundingClientRect();
          const view = row.ownerDocument.documentElement;
          return {
            key: `${section.getAttribute('aria-label')!.replace(' state', '')}: ${row.querySelector('.p-title')!.textContent}`,
            mark: mark
              ? `${mark.querySelector('.p-mark-icon')!.textContent} ${mark.lastChild!.textContent}`
              : '(none)',
            px: mark ? parseFloat(row.ownerDocument.defaultView!.getComputedStyle(mark).fontSize) : 0,
            inside: !!r && r.left >= 0 && r.right <= view.clientWidth && r.bottom <= view.clientHeight,
          };
        }),
      ),
    );
    for (const { key, ...drawn } of rows) marks.set(key, drawn);
    const pages = /page (\d+) of (\d+)/.exec((await presenter.locator('.p-pages').textContent()) ?? '');
    if (!pages || pages[1] === pages[2]) return marks;
    await page.keyboard.press('ArrowRight');
    await expect(presenter.locator('.p-pages')).toContainText(`page ${Number(pages[1]) + 1} of`);
  }
}

for (const size of [
  { width: 1280, height: 720, projector: false },
  { width: 1920, height: 1080, projector: false },
  { width: 1280, height: 720, projector: true },
]) {
  const tag = `${size.width}${size.projector ? '-projector' : ''}`;
  test(`the side-by-side slide marks each step's status as Compare shows it, with a legend (${tag})`, async ({
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const { workshopId } = await seedOriginStory(app.api);
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Aa: projector text' }).click();
    const base = app.url.split('#')[0]!;
    await page.goto(`${base}#/workshop/${workshopId}/compare`);
    const review = page.getByRole('region', { name: 'Automatic matches' });
    const pair = 'Smoke test (future) with Smoke test by hand (actual)';
    await expect(review.getByRole('button', { name: `Reject match: ${pair}` })).toBeVisible();

    const presenter = page.getByRole('dialog', { name: 'Presenter view' });
    /** From Compare to the side-by-side slide, through the verdict, which must read as Compare's does. */
    const sides = async () => {
      const figure = await page.locator('#stage .figure .number').first().textContent();
      await page.keyboard.press('F5');
      await expect(presenter.getByRole('heading', { name: 'Was the change realized?' })).toBeVisible();
      await expect(presenter.locator('.p-figure')).toHaveText(figure!);
      await page.keyboard.press('ArrowLeft');
      await expect(presenter.getByRole('heading', { name: 'Current, future and actual' })).toBeVisible();
      await expect(presenter.locator('.p-pages')).toBeAttached();
    };
    await sides();
    const legend = presenter.getByRole('region', { name: 'Legend: what the marks say' });
    await expect(legend).toHaveCount(1);
    await expect(legend.getByRole('list', { name: 'Actual marks' })).toContainText('Unchanged from current');
    await expect(legend.getByRole('list', { name: 'Actual marks' })).toContainText(
      'Workaround (in neither current nor future)',
    );
    await expect(legend.getByRole('list', { name: 'Future marks' })).toContainText('Not adopted in actual');
    await expect(legend.getByRole('list', { name: 'Current marks' })).toContainText('Retired in actual');
    expect(
      await legend.evaluate((el) => parseFloat(el.ownerDocument.defaultView!.getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(14);
    await page.screenshot({ path: `test-results/screens/presenter-marks-${tag}.png` });
    const violations = (await new AxeBuilder({ page }).include('.presenter').analyze()).violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );

    let marks = await drawnMarks(page, presenter);
    for (const [state, title, mark] of KNOWN) expect(marks.get(`${state}: ${title}`)?.mark, title).toBe(mark);
    // Matched automatically (not rejected): the hand-run smoke test adopted the future's.
    expect(marks.get('Actual: Smoke test by hand')?.mark).toBe('✓ Adopted');
    expect(marks.get('Future: Smoke test')?.mark).toBe('✓ Adopted');
    for (const [key, drawn] of marks) {
      expect(drawn.px, key).toBeGreaterThanOrEqual(14);
      expect(drawn.inside, key).toBe(true);
    }
    expect(marks.size).toBe(8 + 6 + 10);

    // The facilitator rejects that match on Compare: the slide follows, as Compare does.
    await page.keyboard.press('Escape');
    await review.getByRole('button', { name: `Reject match: ${pair}` }).click();
    await expect(
      page.getByRole('article', { name: 'actual step: Smoke test by hand', exact: true }),
    ).toContainText('Workaround');
    await sides();
    marks = await drawnMarks(page, presenter);
    expect(marks.get('Actual: Smoke test by hand')?.mark).toBe('+ Workaround');
    expect(marks.get('Future: Smoke test')?.mark).toBe('✗ Not adopted');
    await page.keyboard.press('Escape');

    // The presenter window (a route of its own) reads the same decisions.
    await page.goto(`${base}#/present/${workshopId}/side-by-side`);
    await expect(presenter.getByRole('heading', { name: 'Current, future and actual' })).toBeVisible();
    await expect
      .poll(async () => (await drawnMarks(page, presenter)).get('Actual: Smoke test by hand')?.mark)
      .toBe('+ Workaround');
    // It re-reads the workshop every 2 s: a page turned stays turned.
    const turned = await presenter.locator('.p-pages').textContent();
    if (turned?.includes('page 2 of')) {
      await page.waitForTimeout(2500);
      await expect(presenter.locator('.p-pages')).toHaveText(turned);
    }
  });
}
