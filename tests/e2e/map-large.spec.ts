import { expect, test, type RunningApp } from './harness.js';

/** A workshop whose current state holds `n` steps, made by the real CSV import. */
async function importedMap(app: RunningApp, n: number): Promise<string> {
  const { workshop } = await app.api('workshop:create', { client: 'Northwind IT', title: `${n} steps` });
  const lanes = ['Requester', 'Service desk', 'Infrastructure', 'Finance', 'Security', 'Network team'];
  const rows = Array.from(
    { length: n },
    (_, i) => `Step ${i + 1} of the provisioning,${lanes[i % lanes.length]},${15 + (i % 8) * 5}m,${i % 5}h`,
  );
  const content = `Step,Lane,Process time,Wait time\n${rows.join('\n')}\n`;
  const result = await app.api('csv:import', { workshopId: workshop.id, state: 'current', content });
  expect(result.imported).toBe(n);
  return workshop.id;
}

test('a 5,000-step state opens at once, scrolls to its last step and stores an edit there', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const id = await importedMap(app, 5000);
  await page.goto(app.url);
  await page.goto(`${app.url.split('#')[0]!}#/workshop/${id}/current`);

  // Every step is counted for screen readers; only about a screen of rows is in the page.
  const table = page.getByRole('table', { name: 'current steps' });
  await expect(table).toHaveAttribute('aria-rowcount', '5001');
  await expect(page.getByRole('button', { name: /^Step 1: Step 1 of/ })).toBeVisible();
  expect(await page.locator('tr[data-step-id]').count()).toBeLessThan(120);

  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
  const last = page.getByRole('button', { name: 'Step 5000: Step 5000 of the provisioning' });
  await expect(last).toBeInViewport();
  await expect(page.locator('tr[data-step-id]').last()).toHaveAttribute('aria-rowindex', '5001');
  expect(await page.locator('tr[data-step-id]').count()).toBeLessThan(120);

  // The keyboard moves between rows as before: up from the last step, then back down.
  await last.click();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: /^Step 4999:/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(last).toBeFocused();

  const title = page.getByLabel('Title of step 5000');
  await title.fill('Hand over to support');
  await title.press('Tab');
  await expect
    .poll(async () => (await app.api('workshop:data', { id })).maps.current.steps[4999]!.title)
    .toBe('Hand over to support');
  await expect(page.getByRole('button', { name: 'Step 5000: Hand over to support' })).toBeVisible();

  // Enter on the last row adds step 5,001 below it, with its title being typed.
  await title.press('Enter');
  await expect(page.getByLabel('Title of step 5001')).toBeFocused();
  await expect(table).toHaveAttribute('aria-rowcount', '5002');
  await page.keyboard.type('Close the ticket');
  await page.keyboard.press('Tab');
  await expect
    .poll(async () =>
      (await app.api('workshop:data', { id })).maps.current.steps.map((s) => s.title).slice(-2),
    )
    .toEqual(['Hand over to support', 'Close the ticket']);

  // Back to the top by keyboard-free scrolling, the edited row is still kept, the first rows drawn again.
  await page.evaluate('window.scrollTo(0, 0)');
  await expect(page.getByRole('button', { name: /^Step 1: Step 1 of/ })).toBeInViewport();
});

test('the 500-step stage: table and board at 1280×720 and 1920×1080', async ({ page, app }) => {
  test.setTimeout(120_000);
  const id = await importedMap(app, 500);
  await page.goto(app.url);
  await page.goto(`${app.url.split('#')[0]!}#/workshop/${id}/current`);
  await expect(page.getByRole('table', { name: 'current steps' })).toHaveAttribute('aria-rowcount', '501');
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page.getByRole('button', { name: /^Step 1: / })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/map-500-table-${size.width}.png` });
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight / 2)');
    await expect(page.getByRole('button', { name: /^Step 250: / })).toBeInViewport();
    await page.screenshot({ path: `test-results/screens/map-500-table-middle-${size.width}.png` });
    await page.evaluate('window.scrollTo(0, 0)');

    await page.getByRole('button', { name: 'Swimlanes' }).click();
    const board = page.getByRole('group', { name: 'current swimlane board' });
    await expect(board.getByRole('button', { name: /^Step 1: / })).toBeVisible();
    // Fitted, a long map keeps a readable scale (it is panned, not drawn as a speck), and only the
    // columns on screen are drawn.
    await expect(page.locator('.zoom-level')).toHaveText('30 %');
    await expect(board.locator('.card-title').first()).toBeVisible();
    expect(await board.locator('.step-card').count()).toBeLessThan(150);
    await page.screenshot({ path: `test-results/screens/map-500-board-${size.width}.png` });
    // Zoomed out below readable, each card is drawn as its number only.
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect(page.locator('.zoom-level')).toHaveText('25 %');
    await expect(board.locator('.card-title')).toHaveCount(0);
    await expect(board.getByRole('button', { name: /^Step 1: / })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/map-500-board-compact-${size.width}.png` });
    await page.getByRole('button', { name: 'Fit to screen' }).click();
  }
});
