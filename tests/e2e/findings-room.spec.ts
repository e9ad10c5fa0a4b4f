import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { seedOriginStory } from './compare-seed.js';
import { expect, test } from './harness.js';

async function noSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: false });
    await noSeriousViolations(page);
  }
}

test('room details: status, accept all, evidence from the room, owners from the attendees', async ({
  page,
  app,
}) => {
  const { workshopId } = await seedOriginStory(app.api);
  await app.api('attendee:add-lines', {
    workshopId,
    text: 'Mary Adams, Head of Infrastructure\nRaj Patel, Platform engineer\nLena Fischer, Application owner',
  });
  const data = await app.api('workshop:data', { id: workshopId });
  const step = data.maps.actual.steps[0]!;
  await app.api('room:add', {
    workshopId,
    item: {
      kind: 'evidence',
      text: 'We still fill in rack units for a VM',
      speaker: 'Raj Patel',
      stepId: step.id,
    },
  });
  await app.api('room:add', {
    workshopId,
    item: { kind: 'pain_point', stepId: step.id, text: 'Nobody knows the rack units; we guess' },
  });

  await page.goto(app.url);
  const base = app.url.split('#')[0]!;

  // 1. The facilitator sets the status in Setup; the keyboard reaches it by its name.
  await page.goto(`${base}#/workshop/${workshopId}/setup`);
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('in_progress');
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('in_progress');

  // 4. Accept all: one click, one undo.
  await page.goto(`${base}#/workshop/${workshopId}/findings`);
  const suggested = page.getByRole('region', { name: /Suggested by the comparison/ });
  const acceptAll = suggested.getByRole('button', { name: /^Accept all \d+ suggestions$/ });
  const count = Number((await acceptAll.textContent())!.match(/\d+/)![0]);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/findings-suggested-1280.png' });
  await acceptAll.focus();
  await page.keyboard.press('Enter');
  await expect(suggested.getByRole('status')).toContainText(`Accepted ${count} suggested findings`);
  await expect(suggested.getByRole('button', { name: /^Accept finding/ })).toHaveCount(0);
  await expect(page.getByRole('article').filter({ hasText: 'From the comparison' })).toHaveCount(count);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(suggested.getByRole('button', { name: /^Accept finding/ })).toHaveCount(count);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(suggested.getByRole('button', { name: /^Accept finding/ })).toHaveCount(0);

  // 3. A finding's evidence picked from what the room said, shown with who said it.
  const title = 'Approvals: 2 in actual; the future planned 0';
  await page.getByRole('button', { name: `Edit finding: ${title}` }).click();
  const editor = page.getByRole('form', { name: `Edit finding: ${title}` });
  await editor.getByRole('checkbox', { name: /We still fill in rack units for a VM.*Raj Patel/ }).check();
  await editor.getByRole('checkbox', { name: /Nobody knows the rack units; we guess/ }).check();
  await editor.scrollIntoViewIfNeeded();
  await shoot(page, 'finding-editor');
  await editor.getByRole('button', { name: 'Save finding' }).click();
  const card = page.getByRole('article', { name: title });
  const heard = card.getByRole('list', { name: 'Heard in the room' });
  await expect(heard).toContainText('“We still fill in rack units for a VM” — Raj Patel');
  await expect(heard).toContainText('Nobody knows the rack units; we guess');
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'findings');

  // 2. An action's owner chosen from the attendees (the list offers them), or typed; a due date.
  const add = page.getByRole('form', { name: 'Add an action' });
  const owner = add.getByLabel('Owner');
  await expect(owner).toHaveAttribute('list', 'action-owners');
  const offered = await page
    .locator('datalist#action-owners option')
    .evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? ''));
  expect(offered).toEqual(['Lena Fischer', 'Mary Adams', 'Raj Patel']);
  await add.getByLabel('New action').fill('Retire the rack-unit field');
  await owner.fill('Raj Patel');
  await add.getByLabel('Due date').fill('2027-02-15');
  await add.getByLabel('For finding').selectOption({ label: title });
  await add.getByRole('button', { name: 'Add action' }).click();
  const register = page.getByRole('table', { name: /Action register/ });
  await expect(register.getByLabel('Owner of Retire the rack-unit field')).toHaveValue('Raj Patel');
  await expect(register.getByLabel('Due date of Retire the rack-unit field')).toHaveValue('2027-02-15');
  await register.scrollIntoViewIfNeeded();
  await shoot(page, 'actions');

  // 1. The library shows and filters the status; archive and unarchive keep it.
  await page.goto(`${base}#/`);
  const row = page.getByRole('row').filter({ hasText: data.workshop.title });
  await expect(row).toContainText('In progress');
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('completed');
  await expect(page.getByRole('row').filter({ hasText: data.workshop.title })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('in_progress');
  await expect(row).toContainText('In progress');
  await shoot(page, 'library-status');
  await row.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('button', { name: /^Archived/ }).click();
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('');
  await page
    .getByRole('row')
    .filter({ hasText: data.workshop.title })
    .getByRole('button', { name: 'Unarchive' })
    .click();
  await page.getByRole('button', { name: /^Workshops/ }).click();
  await expect(page.getByRole('row').filter({ hasText: data.workshop.title })).toContainText('In progress');
});
