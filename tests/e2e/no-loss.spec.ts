import { expect, openStage, test } from './harness.js';
import { workshopWithSteps } from './seed.js';

test('text typed into a field is kept when the facilitator switches stage or reloads right away', async ({
  page,
  app,
}) => {
  const { id } = await workshopWithSteps(app, { client: 'Northwind IT', title: 'Deployment' }, [
    'Request form',
  ]);
  await openStage(page, app, id, 'current');

  const title = page.getByRole('textbox', { name: 'Title of step 1' });
  await title.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' (paper)');
  // Alt+3 in a field stays in the field (stage keys work outside text fields only).
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: 'Current state' })).toBeVisible();
  await expect(title).toBeFocused();
  // Going elsewhere (a search result, Back) without Tab or Enter: the field unmounts with the draft.
  await page.evaluate("location.hash = location.hash.replace('/current', '/future')");
  await expect(page.getByRole('heading', { name: 'Future state' })).toBeVisible();
  await page.keyboard.press('Alt+2');
  await expect(title).toHaveValue('Request form (paper)');

  // A pause in typing saves too, so a closed window keeps what was typed before it.
  await title.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(', signed');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect
    .poll(async () => (await app.api('workshop:data', { id })).maps.current.steps[0]!.title)
    .toBe('Request form (paper), signed');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title of step 1' })).toHaveValue(
    'Request form (paper), signed',
  );
});
