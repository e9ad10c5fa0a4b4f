import type { Page } from '@playwright/test';
import { expect, openStage, test } from './harness.js';
import { workshopWithSteps } from './seed.js';

/** Title, lane, kind (first letter), tools, process time, wait time, %C&A, manual/automated (first letter). */
type Row = [string, string, string, string, string, string, string, string];

const ROWS: Row[] = [
  ['Submit hardware request form', 'Application team', 't', 'Request form', '30m', '2d', '80', 'm'],
  ['Manager approval', 'Management', 'a', 'Email', '15m', '3d', '90', 'm'],
  ['Finance approval', 'Finance', 'a', 'Email, ERP', '20m', '5d', '70', 'm'],
  ['Procure server', 'Procurement', 'h', 'ERP', '2h', '20d', '60', 'm'],
  ['Rack and install OS', 'Infrastructure', 't', 'OS media', '4h', '2d', '95', 'm'],
  ['Configure server', 'Infrastructure', 't', 'Checklist', '3h', '1d', '85', 'a'],
  ['Is the server ready?', 'QA', 'd', 'Test plan', '1h', '4h', '50', 'm'],
  ['Fix configuration', 'Infrastructure', 'r', 'Ansible', '2h', '1d', '100', 'a'],
  ['Deploy application', 'Application team', 't', 'Installer', '2h', '1d', '90', 'a'],
  ['Go-live', 'Application team', 'w', 'Change calendar', '1h', '2d', '100', 'm'],
];
const KINDS: Record<string, string> = {
  t: 'task',
  a: 'approval',
  h: 'handoff',
  d: 'decision',
  r: 'rework',
  w: 'wait',
};
const minutes = (d: string) => {
  const n = parseFloat(d);
  return d.endsWith('d') ? n * 8 * 60 : d.endsWith('h') ? n * 60 : n;
};

/** One key at a time, 30 ms apart, as a fast typist in the room. */
async function keys(page: Page, ...sequence: string[]) {
  for (const part of sequence) {
    if (['Tab', 'Enter', 'Escape'].includes(part)) {
      await page.keyboard.press(part);
      await page.waitForTimeout(30);
    } else await page.keyboard.type(part, { delay: 30 });
  }
}

// At 1280 the details panel takes the width of the table's last columns: their fields are typed in
// the panel, in the same Tab order; at 1920 every field is in the row.
for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])
  test(`a 10-step map typed with the keyboard only, every field of every row, is stored exactly (${size.width})`, async ({
    page,
    app,
  }) => {
    test.setTimeout(400_000);
    await page.setViewportSize(size);
    const { workshop } = await app.api('workshop:create', {
      client: 'Northwind IT',
      title: 'Capture',
      date: null,
    });
    await page.goto(app.url);
    await page.goto(`${app.url.split('#')[0]}#/workshop/${workshop.id}/current`);
    await expect(page.getByRole('heading', { name: 'Current state' })).toBeVisible();
    // Counts any navigation and any dialog opened while typing (the page's own script, not the app's).
    await page.evaluate(`
    window.left = 0;
    window.dialogs = 0;
    window.addEventListener('hashchange', () => window.left++);
    new MutationObserver(() => {
      if (document.querySelector('dialog[open], [role="dialog"]')) window.dialogs++;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  `);
    const stageUrl = page.url();

    await page.getByRole('button', { name: 'Add step' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Title of step 1' })).toBeFocused();
    for (const [i, row] of ROWS.entries()) {
      const [title, lane, kind, tools, pt, wt, pct, auto] = row;
      await keys(
        page,
        title,
        'Tab',
        lane,
        'Tab',
        kind,
        'Tab',
        tools,
        'Tab',
        pt,
        'Tab',
        wt,
        'Tab',
        pct,
        'Tab',
        auto,
      );
      // The last row ends with Escape (out of the field, then out of the row); the others with Enter.
      await keys(page, i < ROWS.length - 1 ? 'Enter' : 'Escape');
    }
    await expect(page.getByRole('columnheader', { name: 'Manual?' })).toHaveCount(size.width < 1500 ? 0 : 1);
    await keys(page, 'Escape');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    const data = await app.api('workshop:data', { id: workshop.id });
    const steps = data.maps.current.steps;
    const lanes = new Map(data.maps.current.lanes.map((l) => [l.id, l.name]));
    expect(
      steps.map((s) => [
        s.title,
        lanes.get(s.laneId ?? ''),
        s.kind,
        s.tools.join(', '),
        s.processMinutes,
        s.waitMinutes,
        s.pctCompleteAccurate,
        s.automation,
      ]),
    ).toEqual(
      ROWS.map(([title, lane, kind, tools, pt, wt, pct, auto]) => [
        title,
        lane,
        KINDS[kind],
        tools,
        minutes(pt),
        minutes(wt),
        Number(pct),
        auto === 'a' ? 'automated' : 'manual',
      ]),
    );
    expect(data.painPoints).toEqual([]);
    expect(data.evidence).toEqual([]);
    expect(page.url()).toBe(stageUrl);
    expect(await page.evaluate<number>('window.left')).toBe(0);
    expect(await page.evaluate<number>('window.dialogs')).toBe(0);
    // Escape went field → row → table: the table has the keyboard and no step is selected.
    await expect(page.getByLabel('current steps table')).toBeFocused();
  });

test('Enter never opens a select, global keys stay out of fields, ? lists the shortcuts', async ({
  page,
  app,
}) => {
  const workshop = await workshopWithSteps(app, { client: 'Northwind IT', title: 'Keys', date: null }, [
    'Only step',
  ]);
  await openStage(page, app, workshop.id, 'current');
  await page.getByRole('textbox', { name: 'Title of step 1' }).focus();
  // Alt+N (new workshop), Alt+P (parking lot) and Alt+3 (a stage) typed in a field do nothing outside it.
  await page.keyboard.press('Alt+n');
  await page.keyboard.press('Alt+p');
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: 'Current state' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Enter on the kind select adds the next step (it does not open the list).
  await page.getByRole('combobox', { name: 'Kind of Only step' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Title of step 2' })).toBeFocused();
  // ? (outside a field) lists the shortcuts, as they are.
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  // What it says of Alt+1…7 is what was just seen: kept by the map editor's fields.
  await expect(shortcuts).toContainText('not from a field of the map editor');
  await page.screenshot({ path: 'test-results/screens/shortcuts.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('on the board, a new card starts with its title being typed', async ({ page, app }) => {
  const workshop = await workshopWithSteps(app, { client: 'Northwind IT', title: 'Board', date: null }, [
    'First',
  ]);
  await openStage(page, app, workshop.id, 'current');
  await page.getByRole('button', { name: 'Swimlanes' }).click();
  await page.getByRole('button', { name: 'Step 1: First' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second', { delay: 30 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Step 2: Second' })).toBeFocused();
  const data = await app.api('workshop:data', { id: workshop.id });
  expect(data.maps.current.steps.map((s) => s.title)).toEqual(['First', 'Second']);
});
