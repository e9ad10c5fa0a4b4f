import { expect, test } from './harness.js';

test('creates a workshop that survives a reload and a restart', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New workshop' }).click();

  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await expect(dialog.getByLabel('Client')).toBeFocused();
  // An empty title is refused on the field, and nothing is created.
  await dialog.getByLabel('Client').fill('Northwind IT');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(dialog.getByText('Enter a workshop title.')).toBeVisible();

  await dialog.getByLabel('Workshop title').fill('Application deployment');
  await dialog.getByLabel('Workshop title').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Setup' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(
    'Northwind IT — Application deployment',
  );

  await page.getByRole('button', { name: 'Workshops', exact: true }).click();
  const table = page.getByRole('table', { name: 'Workshops' });
  await expect(table.getByRole('row', { name: /Application deployment Northwind IT/ })).toBeVisible();

  await page.reload();
  await expect(table.getByRole('button', { name: 'Application deployment' })).toBeVisible();

  const restarted = await app.restart();
  await page.goto(restarted.url);
  await expect(table.getByRole('row', { name: /Application deployment Northwind IT/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/home-list.png' });
});

test('the empty library invites a first workshop', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByText('Start one for your client')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/home-empty.png' });
});

test('without the session token the app cannot read data', async ({ page, app }) => {
  await page.goto(app.url.split('#')[0]!);
  await expect(page.getByRole('heading', { name: 'Triptych cannot reach its data' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('session token');
});
