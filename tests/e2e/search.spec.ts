import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './harness.js';
import { seedWorkshop } from './seed.js';

/** A small workshop with `filler` steps in its future state before the given last step. */
async function seedSmall(app: RunningApp, client: string, title: string, last: string, filler = 0) {
  const { workshop } = await app.api('workshop:create', { client, title });
  const maps = (await app.api('workshop:data', { id: workshop.id })).maps;
  let prev: string | null = null;
  for (let i = 1; i <= filler; i++) {
    const r: { id: string | null } = await app.api('step:create', {
      mapId: maps.future.id,
      afterStepId: prev,
      fields: { title: `Routine step ${i}`, laneName: 'Operations' },
    });
    prev = r.id;
  }
  const step = await app.api('step:create', {
    mapId: maps.future.id,
    afterStepId: prev,
    fields: { title: last, laneName: 'Compliance' },
  });
  return { workshopId: workshop.id, stepId: step.id! };
}

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('searches across workshops and opens a hit at its step', async ({ page, app }) => {
  await seedWorkshop(app);
  const contoso = await seedSmall(
    app,
    'Contoso Bank',
    'Account opening',
    'Manager approval of the KYC file',
    40,
  );
  await seedSmall(app, 'Fabrikam', 'Server patching', 'Manager approval of the patch window');

  await page.goto(app.url);
  await expect(page.getByRole('table', { name: 'Workshops' })).toBeVisible();
  // "/" outside a field puts the cursor in the search box.
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search all workshops' });
  await expect(box).toBeFocused();

  await box.pressSequentially('manager approv');
  const results = page.getByRole('listbox', { name: 'Search results' });
  // Hits from all three workshops, each saying where it is.
  await expect(results.getByRole('option', { name: /Contoso Bank — Account opening/ })).toBeVisible();
  await expect(results.getByRole('option', { name: /Fabrikam — Server patching/ })).toBeVisible();
  await expect(results.getByRole('option', { name: /Northwind IT/ }).first()).toBeVisible();
  const hit = results.getByRole('option', { name: /KYC file/ });
  await expect(hit).toContainText('Step in Future');
  await expect(hit.locator('mark').first()).toHaveText(/Manager/i);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/search.png' });
  await expectNoSeriousViolations(page);

  // Typed text is never HTML, and a query that matches nothing says so.
  await box.fill('<b>zzqx');
  await expect(results.getByRole('status')).toHaveText('Nothing matches “<b>zzqx”.');

  await box.fill('KYC');
  await expect(results.getByRole('option')).toHaveCount(1);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/workshop/${contoso.workshopId}/future/${contoso.stepId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Future state' })).toBeVisible();
  const row = page.locator(`[data-step-id="${contoso.stepId}"]`);
  await expect(row).toHaveClass(/selected/);
  await expect(row).toBeInViewport();
  await page.screenshot({ path: 'test-results/screens/search-opened.png' });

  // Ctrl+K from inside a workshop, then a click on a hit in another workshop.
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await box.fill('patch window');
  await results.getByRole('option', { name: /patch window/ }).click();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(
    'Fabrikam — Server patching',
  );
  await expect(page.locator('tr.selected')).toContainText('patch window');
});
