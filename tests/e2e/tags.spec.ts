import { expect, openStage, test } from './harness.js';

test('tags typed in setup filter the library', async ({ page, app }) => {
  const deploy = (
    await app.api('workshop:create', { client: 'Northwind IT', title: 'Application deployment' })
  ).workshop.id;
  await app.api('workshop:create', { client: 'Contoso Bank', title: 'Account opening' });
  await openStage(page, app, deploy, 'setup');
  const tags = page.getByRole('textbox', { name: /^Tags/ });
  await tags.fill('virtualization, infrastructure');
  await tags.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect
    .poll(async () => (await app.api('workshop:get', { id: deploy })).workshop.tags)
    .toEqual(['infrastructure', 'virtualization']);

  await page.getByRole('button', { name: 'Workshops', exact: true }).click();
  const table = page.getByRole('table', { name: 'Workshops' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByRole('combobox', { name: 'Tag' }).selectOption('virtualization');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByText('Application deployment')).toBeVisible();
  await expect(table.getByText('Account opening')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/library-tags.png' });
});
