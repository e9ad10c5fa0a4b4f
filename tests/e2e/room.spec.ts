import AxeBuilder from '@axe-core/playwright';
import { expect, openStage, test } from './harness.js';
import { seedWorkshop } from './seed.js';

test('parking lot, decisions and evidence for the whole workshop (Alt+P)', async ({ page, app }) => {
  const id = await seedWorkshop(app);
  await app.api('room:add', {
    workshopId: id,
    item: { kind: 'parking_lot', text: 'Who owns the VM templates?' },
  });
  await openStage(page, app, id, 'actual');
  await expect(page.getByRole('heading', { name: 'Actual state' })).toBeVisible();

  await page.keyboard.press('Alt+p');
  const drawer = page.getByRole('dialog', { name: 'Parking lot, decisions and evidence' });
  await expect(drawer.getByText('Who owns the VM templates?')).toBeVisible();
  await drawer
    .getByRole('textbox', { name: 'Park a question or topic' })
    .fill('Is finance approval needed for VMs?');
  await drawer.getByRole('button', { name: 'Park', exact: true }).click();
  await drawer.getByRole('checkbox', { name: /Who owns the VM templates/ }).check();
  await drawer.getByRole('textbox', { name: 'Decision' }).fill('Pilot self-service with the finance team');
  await drawer.getByRole('combobox', { name: 'Decided by' }).fill('Mary Adams');
  await drawer.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(drawer.getByRole('heading', { name: 'Decisions (1)' })).toBeVisible();
  await expect(drawer.getByRole('heading', { name: 'Parking lot (1 open)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/room.png' });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  const data = await app.api('workshop:data', { id });
  expect(data.parkingLot.map((p) => [p.text, p.resolved])).toEqual([
    ['Who owns the VM templates?', true],
    ['Is finance approval needed for VMs?', false],
  ]);
  expect(data.decisions).toEqual([
    expect.objectContaining({ text: 'Pilot self-service with the finance team', decidedBy: 'Mary Adams' }),
  ]);
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
});
