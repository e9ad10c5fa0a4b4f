import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness.js';

test('a damaged database opens a recovery screen, and the latest backup brings the work back', async ({
  page,
  app,
}) => {
  await app.api('workshop:create', { client: 'Northwind IT', title: 'Application deployment' });
  const reopened = await app.restart(); // opening an existing database takes the daily backup
  const damaged = await reopened.restart(() =>
    writeFileSync(join(app.dataDir, 'triptych.db'), 'overwritten by a sync tool, not a database any more'),
  );
  await page.goto(damaged.url);
  await expect(page.getByRole('heading', { name: 'The Triptych database is damaged' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Start with an empty database/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/recovery.png' });
  await page.getByRole('button', { name: /Open the latest backup/ }).click();
  await expect(
    page.getByRole('table', { name: 'Workshops' }).getByText('Application deployment'),
  ).toBeVisible();
});
