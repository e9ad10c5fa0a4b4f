import type { Locator, Page } from '@playwright/test';
import { seedMap } from './canvas-seed.js';
import { expect, openStage, type RunningApp, test } from './harness.js';

/** Drags with the pointer from the middle of one element to a point of another (fraction of its box). */
async function drag(page: Page, from: Locator, to: Locator, fx = 0.5, fy = 0.5) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * fx, b.y + b.height * fy, { steps: 8 });
  await page.mouse.up();
}

async function stored(app: RunningApp, id: string) {
  const map = (await app.api('workshop:data', { id })).maps.current;
  const laneName = (laneId: string | null) => map.lanes.find((l) => l.id === laneId)?.name ?? null;
  return map.steps.map((s) => `${s.title} @ ${laneName(s.laneId)}`);
}

test('a card dragged to another lane and place moves there as one undoable edit; Alt+arrows do the same', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const id = await seedMap(app);
  const original = await stored(app, id);
  await openStage(page, app, id, 'current');
  await page.getByRole('button', { name: 'Swimlanes' }).click();
  const card = (n: number) => page.getByRole('button', { name: new RegExp(`^Step ${n}:`) });

  // Finance approval (the only Finance step) dropped on the right half of "Receive and rack the server".
  await drag(page, card(3), card(5), 0.8);
  await expect(card(5)).toHaveAccessibleName(/^Step 5: .*Finance approval/);
  const moved = await stored(app, id);
  expect(moved.slice(0, 6)).toEqual([
    original[0],
    original[1],
    original[3],
    original[4],
    'Finance approval @ Infrastructure',
    original[5],
  ]);
  // Finance has no step left: offered for removal, and not counted.
  await expect(page.getByRole('button', { name: 'Remove “Finance”' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Workshop stages' })).toContainText('12 steps, 6 lanes');

  // One Ctrl+Z puts it back, lane and place.
  await page.keyboard.press('Control+z');
  await expect.poll(() => stored(app, id)).toEqual(original);
  await expect(page.getByRole('navigation', { name: 'Workshop stages' })).toContainText('12 steps, 7 lanes');

  // The keyboard: Alt+↓ to the lane below, Alt+→ one place later.
  await card(1).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect
    .poll(async () => (await stored(app, id))[0])
    .toBe('Submit hardware request form @ IT management');
  await expect(card(1)).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect
    .poll(async () => (await stored(app, id)).slice(0, 2))
    .toEqual([original[1], 'Submit hardware request form @ IT management']);
  await expect(card(2)).toBeFocused();

  // A click on a card (no drag) still selects it.
  await card(7).click();
  await expect(page.getByRole('complementary', { name: 'Step details' })).toBeVisible();
});
