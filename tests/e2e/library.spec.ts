import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness.js';
import { originWorkshop } from '../fixtures/origin-workshop.js';
import { seedWorkshop } from './seed.js';

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('sorts, filters, archives, trashes, restores and duplicates workshops', async ({ page, app }) => {
  const origin = await seedWorkshop(app);
  await app.api('workshop:create', { client: 'Contoso Bank', title: 'Account opening', date: '2026-03-02' });
  await app.api('workshop:create', { client: 'Fabrikam', title: 'Server patching', date: '2026-01-15' });

  await page.goto(app.url);
  const table = page.getByRole('table', { name: 'Workshops' });
  const titles = table.locator('tbody tr td:first-child');
  await expect(titles).toHaveCount(3);

  // Opening a workshop puts it in "recently opened".
  await table.getByRole('button', { name: 'Application deployment after virtualization' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Setup' })).toBeVisible();
  await page.getByRole('button', { name: 'Workshops', exact: true }).click();
  const recent = page.getByRole('region', { name: 'Recently opened' });
  await expect(
    recent.getByRole('button', { name: /Application deployment after virtualization/ }),
  ).toBeVisible();

  // Sorting by title, then the other way.
  await table.getByRole('button', { name: 'Workshop', exact: true }).click();
  await expect(table.getByRole('columnheader', { name: 'Workshop' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(titles).toHaveText([
    'Account opening',
    'Application deployment after virtualization',
    'Server patching',
  ]);
  await table.getByRole('button', { name: 'Workshop', exact: true }).click();
  await expect(titles).toHaveText([
    'Server patching',
    'Application deployment after virtualization',
    'Account opening',
  ]);
  await table.getByRole('button', { name: 'Date', exact: true }).click();
  // Newest first: the origin story is dated later in 2026 than the other two.
  await expect(titles).toHaveText([
    'Application deployment after virtualization',
    'Account opening',
    'Server patching',
  ]);

  // Filters: client, text, date range.
  const filters = page.getByRole('group', { name: 'Filter workshops' });
  await filters.getByRole('combobox', { name: 'Client' }).selectOption('Fabrikam');
  await expect(titles).toHaveText(['Server patching']);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Title, client or tag').fill('contoso');
  await expect(titles).toHaveText(['Account opening']);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Date from').fill('2026-02-01');
  await filters.getByLabel('Date to').fill('2026-06-30');
  await expect(titles).toHaveText(['Account opening']);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(titles).toHaveCount(3);

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/library.png', fullPage: true });
  await expectNoSeriousViolations(page);

  // Archive, then find it under Archived and bring it back.
  const row = (title: string) => page.getByRole('row').filter({ hasText: title });
  await row('Server patching').getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('status')).toContainText('Archived “Server patching”');
  await expect(titles).toHaveCount(2);
  await page.getByRole('button', { name: /^Archived/ }).click();
  await row('Server patching').getByRole('button', { name: 'Unarchive' }).click();
  await page.getByRole('button', { name: /^Workshops \d/ }).click();
  await expect(titles).toHaveCount(3);

  // Trash: gone from the list and from search, restored with its data.
  await row('Application deployment after virtualization')
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await expect(titles).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Search all workshops' }).fill('finance approval');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('status')).toContainText(
    'Nothing matches',
  );
  await page.getByRole('combobox', { name: 'Search all workshops' }).fill('');
  await page.getByRole('button', { name: /^Trash/ }).click();
  const trash = page.getByRole('table', { name: 'Trash' });
  await expect(trash.getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screens/library-trash.png' });
  await expectNoSeriousViolations(page);
  await trash.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status')).toContainText('Restored');
  await page.getByRole('button', { name: /^Workshops \d/ }).click();
  await expect(titles).toHaveCount(3);

  // Duplicate as a template, without attendees.
  await row('Application deployment after virtualization')
    .getByRole('button', { name: 'Duplicate…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Duplicate as a template' });
  await dialog.getByLabel('Title of the copy').fill('Deployment template');
  await expect(dialog.getByLabel(/Leave out attendees/)).toBeChecked();
  await dialog.getByLabel('Leave out step times').check();
  await dialog.getByRole('button', { name: 'Duplicate' }).click();
  await expect(titles).toHaveCount(4);
  const copies = await app.api('library:list', {});
  const copy = copies.find((w) => w.title === 'Deployment template')!;
  const data = await app.api('workshop:data', { id: copy.id });
  expect(data.attendees).toEqual([]);
  expect(data.maps.current.steps.length).toBeGreaterThan(0);
  expect(data.maps.current.steps.every((s) => s.processMinutes === null)).toBe(true);
  expect((await app.api('workshop:data', { id: origin })).attendees.length).toBeGreaterThan(0);

  // Delete for good from the trash, after a confirmation.
  await row('Deployment template').getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('button', { name: /^Trash/ }).click();
  await trash.getByRole('button', { name: 'Delete forever' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete forever' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
});

test('reviews recurring pain points and each workshop’s verdict across engagements', async ({
  page,
  app,
}) => {
  await seedWorkshop(app);
  const data = originWorkshop();
  await seedWorkshop(app, { ...data, engagement: { ...data.engagement, client: 'Contoso Bank' } });

  await page.goto(app.url);
  await page.getByRole('button', { name: 'Cross-engagement review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cross-engagement review' })).toBeVisible();
  const outcomes = page.getByRole('table', { name: 'Lead time and verdict per workshop' });
  await expect(outcomes.getByRole('row')).toHaveCount(3);
  await expect(outcomes.getByRole('row', { name: /Contoso Bank/ })).toContainText('%');
  const themes = page.getByRole('region', { name: 'Recurring pain points and findings' });
  await expect(themes.getByRole('listitem').filter({ hasText: 'in 2 workshops' }).first()).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/review.png' });
  await expectNoSeriousViolations(page);

  // A recurring pain point opens the other client's map at its step.
  await themes
    .getByRole('button', { name: 'Contoso Bank, Application deployment after virtualization' })
    .first()
    .click();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Contoso Bank');
  await expect(page.locator('tr.selected')).toBeInViewport();
});
