import { expect, openStage, test } from './harness.js';
import { workshopWithSteps } from './seed.js';

const long = (n: number, word = 'slow approval ') => word.repeat(Math.ceil(n / word.length)).slice(0, n);

test('long pastes are kept or cut only with consent, and every refusal names the field', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const workshop = await workshopWithSteps(app, { client: 'Northwind IT', title: 'Limits', date: null }, [
    'Review',
  ]);
  await openStage(page, app, workshop.id, 'current');
  await page.getByRole('button', { name: 'Step 1: Review' }).click();
  const details = page.getByRole('complementary', { name: 'Step details' });

  // A 5,000-character pain point is kept whole.
  const pain = long(5000);
  await details.getByRole('textbox', { name: 'New pain point' }).fill(pain);
  await expect(details.getByText('5,000 / 5,000 characters')).toBeVisible();
  await details.getByRole('button', { name: 'Add', exact: true }).first().click();
  await expect(details.getByRole('textbox', { name: 'New pain point' })).toHaveValue('');
  // A 5,000-character note is kept whole.
  const note = long(5000, 'the form goes back and forth ');
  await details.getByRole('textbox', { name: 'Notes' }).fill(note);
  await details.getByRole('textbox', { name: 'Notes' }).blur();

  // A 5,000-character title is refused in plain words, stays in the field, and is cut only on request.
  const title = page.getByRole('textbox', { name: 'Title of step 1' });
  const tooLong = long(5000, 'Review request ');
  await title.fill(tooLong);
  await expect(page.getByText('5,000 / 300 characters').first()).toBeVisible();
  await title.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'it takes at most 300' }).first()).toBeVisible();
  await expect(title).toHaveValue(tooLong);
  await page.getByRole('button', { name: 'Keep the first 300 characters' }).first().click();
  await expect(title).toHaveValue(tooLong.slice(0, 300).trim());

  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const data = await app.api('workshop:data', { id: workshop.id });
  expect(data.painPoints.map((p) => p.text)).toEqual([pain.trim()]);
  expect(data.maps.current.steps[0]!.notes).toBe(note.trim());
  expect(data.maps.current.steps[0]!.title).toBe(tooLong.slice(0, 300).trim());

  // An empty action title: the message names the field, never a schema path.
  await page.goto(`${app.url.split('#')[0]}#/workshop/${workshop.id}/findings`);
  await expect(page.getByRole('heading', { name: 'Findings & actions' })).toBeVisible();
  await page.getByRole('button', { name: 'Add action' }).click();
  const alert = page.getByRole('alert').filter({ hasText: /action/ });
  await expect(alert).toHaveText('Give the action a title.');
  // An empty finding title, the same.
  await page.getByRole('button', { name: 'Add finding' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /finding/ })).toHaveText(
    'Give the finding a title.',
  );
  await expect(page.getByText(/item\.|must not be empty/)).toHaveCount(0);
});
