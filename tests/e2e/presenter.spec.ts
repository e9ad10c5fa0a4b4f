import { expect, test } from './harness.js';

test('presenter view: full screen in the browser, and a standalone view that follows edits', async ({
  page,
  app,
}) => {
  const id = (await app.api('workshop:create', { client: 'Northwind IT', title: 'Deployment' })).workshop.id;
  const mapId = (await app.api('workshop:data', { id })).maps.current.id;
  const first = await app.api('step:create', {
    mapId,
    afterStepId: null,
    fields: { title: 'Submit request form', laneName: 'App team' },
  });
  await page.goto(app.url);
  await page.goto(`${app.url.split('#')[0]}#/workshop/${id}/current`);

  await page.keyboard.press('F5');
  const presenter = page.getByRole('dialog', { name: 'Presenter view' });
  await expect(presenter.getByText('Submit request form')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/presenter.png' });
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);

  // The route a desktop presenter window opens: it re-reads the workshop as the facilitator edits.
  await page.goto(`${app.url.split('#')[0]}#/present/${id}/current`);
  await expect(page.getByText('Submit request form')).toBeVisible();
  await app.api('step:create', {
    mapId,
    afterStepId: first.id,
    fields: { title: 'Manager approval', laneName: 'Management' },
  });
  await expect(page.getByText('Manager approval')).toBeVisible();
});
