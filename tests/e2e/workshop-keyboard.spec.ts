import type { Page } from '@playwright/test';
import { expect, test } from './harness.js';

/** One step as typed in the room: title, lane, kind (first letter), tools, process and wait time. */
type Row = [title: string, lane: string, kind: string, tools: string, pt: string, wt: string];

/** Types steps row by row with the keyboard only; Enter on the last field opens the next row. */
async function typeSteps(page: Page, rows: Row[]) {
  await expect(page.getByRole('textbox', { name: 'Title of step 1' })).toBeFocused();
  for (const [i, [title, lane, kind, tools, pt, wt]] of rows.entries()) {
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.type(lane);
    await page.keyboard.press('Tab');
    if (kind) await page.keyboard.type(kind);
    await page.keyboard.press('Tab');
    await page.keyboard.type(tools);
    await page.keyboard.press('Tab');
    await page.keyboard.type(pt);
    await page.keyboard.press('Tab');
    await page.keyboard.type(wt);
    if (i < rows.length - 1) {
      await page.keyboard.press('Enter');
      await expect(page.getByRole('textbox', { name: `Title of step ${i + 2}` })).toBeFocused();
    } else {
      await page.keyboard.press('Escape'); // leaves the field, saving it, onto the row handle
    }
  }
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
}

async function stepTitles(page: Page): Promise<string[]> {
  const inputs = page.getByRole('table', { name: /steps/ }).getByRole('textbox', { name: /^Title of step/ });
  return inputs.evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
}

const CURRENT: Row[] = [
  ['Submit hardware request form', 'Application team', '', 'Request form', '30m', '2d'],
  ['Manager approval', 'Management', 'a', 'Email', '15m', '3d'],
  ['Finance approval', 'Finance', 'a', 'Email', '20m', '5d'],
  ['Procure server', 'Procurement', '', 'ERP', '2h', '20d'],
  ['Rack and install OS', 'Infrastructure', '', 'OS media', '4h', '2d'],
  ['Configure server', 'Infrastructure', '', 'Checklist', '3h', '1d'],
  ['Deploy application', 'Application team', '', 'Installer', '2h', '1d'],
  ['Test', 'QA', '', 'Test plan', '4h', '1d'],
  ['Go-live', 'Application team', '', 'Change calendar', '1h', '2d'],
];

const FUTURE: Row[] = [
  ['Self-service request', 'Application team', '', 'Service portal', '10m', '0'],
  ['Provision VM from template', 'Platform', '', 'vCenter', '15m', '30m'],
  ['Automated configuration', 'Platform', '', 'Ansible', '10m', '0'],
  ['Deploy application', 'Application team', '', 'Installer', '2h', '1h'],
  ['Test', 'QA', '', 'Test plan', '4h', '1h'],
  ['Go-live', 'Application team', '', 'Change calendar', '1h', '1d'],
];

test('a facilitator maps current, future and actual with the keyboard only', async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();

  // New workshop from the keyboard (Alt+N in browser mode; Ctrl+N in the desktop app).
  await page.keyboard.press('Alt+n');
  await page.keyboard.type('Northwind IT');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Application deployment after virtualization');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Setup' })).toBeVisible();

  // Setup: attendees by quick entry (Ctrl+Enter adds them).
  await page.getByRole('textbox', { name: /Add attendees/ }).focus();
  await page.keyboard.type(
    'Mary Adams, IT manager, Northwind IT\nRaj Patel, Infrastructure lead, Northwind IT',
  );
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Attendees (2)' })).toBeVisible();

  // Current state: Alt+2, then Enter on "Add step" and type the rows.
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Current state' })).toBeVisible();
  await page.getByRole('button', { name: 'Add step' }).focus();
  await page.keyboard.press('Enter');
  await typeSteps(page, CURRENT);
  expect(await stepTitles(page)).toEqual(CURRENT.map((r) => r[0]));

  // A wrong duration is marked on the field and not saved.
  await page.getByRole('textbox', { name: 'Process time of Test' }).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('two weeks-ish');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'is not a duration' })).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('4h');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'is not a duration' })).toHaveCount(0);

  // Delete a step from its row handle, undo, redo, undo again.
  await page.getByRole('button', { name: 'Step 4: Procure server' }).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('button', { name: 'Step 4: Rack and install OS' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Step 4: Procure server' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('button', { name: 'Step 4: Rack and install OS' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Step 4: Procure server' })).toBeVisible();

  // Reorder with Alt+Down and back with Alt+Up, duplicate with Ctrl+D and undo it.
  await page.getByRole('button', { name: 'Step 2: Manager approval' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('button', { name: 'Step 3: Manager approval' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('button', { name: 'Step 2: Manager approval' })).toBeVisible();
  await page.keyboard.press('Control+d');
  await expect(page.getByRole('button', { name: 'Step 3: Manager approval' })).toBeVisible();
  await page.getByRole('button', { name: 'Step 1: Submit hardware request form' }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Step 3: Finance approval' })).toBeVisible();

  // Reload mid-way: same stage, everything there.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Current state' })).toBeVisible();
  expect(await stepTitles(page)).toEqual(CURRENT.map((r) => r[0]));

  // Future state.
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: 'Future state' })).toBeVisible();
  await page.getByRole('button', { name: 'Add step' }).focus();
  await page.keyboard.press('Enter');
  await typeSteps(page, FUTURE);
  expect(await stepTitles(page)).toEqual(FUTURE.map((r) => r[0]));

  // Actual state: start from current, then record what changed (procure became a VM request; racking went).
  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Start actual from current' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Step 9: Go-live' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title of step 4' }).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Request VM from infrastructure team');
  await page.keyboard.press('Tab'); // Tab commits; Escape would cancel the edit
  await expect(
    page.getByRole('button', { name: 'Step 4: Request VM from infrastructure team' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Step 5: Rack and install OS' }).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('button', { name: 'Step 5: Configure server' })).toBeVisible();

  const data = await app.api('workshop:data', { id: /#\/workshop\/([0-9a-f-]{36})/.exec(page.url())![1]! });
  expect(data.attendees.map((a) => a.name)).toEqual(['Mary Adams', 'Raj Patel']);
  expect(data.maps.current.steps.map((s) => s.title)).toEqual(CURRENT.map((r) => r[0]));
  expect(data.maps.current.lanes.map((l) => l.name)).toEqual([
    'Application team',
    'Management',
    'Finance',
    'Procurement',
    'Infrastructure',
    'QA',
  ]);
  expect(data.maps.current.steps.map((s) => s.kind)).toEqual([
    'task',
    'approval',
    'approval',
    'task',
    'task',
    'task',
    'task',
    'task',
    'task',
  ]);
  expect(data.maps.current.steps.map((s) => [s.processMinutes, s.waitMinutes])[3]).toEqual([
    120,
    20 * 8 * 60,
  ]);
  expect(data.maps.current.steps[0]!.tools).toEqual(['Request form']);
  expect(data.maps.future.steps.map((s) => s.title)).toEqual(FUTURE.map((r) => r[0]));
  expect(data.maps.actual.steps.map((s) => s.title)).toEqual([
    'Submit hardware request form',
    'Manager approval',
    'Finance approval',
    'Request VM from infrastructure team',
    'Configure server',
    'Deploy application',
    'Test',
    'Go-live',
  ]);
  const currentIds = new Map(data.maps.current.steps.map((s) => [s.id, s.title]));
  expect(data.maps.actual.steps.map((s) => currentIds.get(s.originStepId ?? ''))).toEqual([
    'Submit hardware request form',
    'Manager approval',
    'Finance approval',
    'Procure server',
    'Configure server',
    'Deploy application',
    'Test',
    'Go-live',
  ]);
});
