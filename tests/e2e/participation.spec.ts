import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openStage, test } from './harness.js';
import { seedWorkshop } from './seed.js';

const PARTICIPANT_OUT = resolve(import.meta.dirname, '../../out/participant');
const SHOTS = 'test-results/screens';

test('the room joins in: ten phones add pain points and vote; the facilitator moderates and closes', async ({
  page,
  app,
  browser,
}) => {
  test.setTimeout(360_000);
  const id = await seedWorkshop(app);
  const data = await app.api('workshop:data', { id });
  const steps = data.maps.current.steps;
  const existing = data.painPoints.find((p) => steps.some((s) => s.id === p.stepId))!;
  const approval = steps.find((s) => s.title === 'Manager approval')!;

  // The facilitator opens the room on loopback (the only network a test may use).
  await page.setViewportSize({ width: 1280, height: 720 });
  await openStage(page, app, id, 'current');
  await page.getByRole('button', { name: 'Open room' }).click();
  const panel = page.getByRole('dialog', { name: 'The room joins in' });
  await panel.getByRole('combobox', { name: 'Network' }).selectOption('127.0.0.1');
  await panel.getByRole('spinbutton', { name: 'Dots per person' }).fill('3');
  await panel.getByRole('button', { name: 'Open the room' }).click();
  const code = (await panel.getByLabel('Join code').textContent())!.trim();
  const address = (await panel.getByLabel('Join address').textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{6}$/);
  expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
  const roomUrl = `http://${address}/`;
  await expect(panel.getByRole('img', { name: /QR code to join/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/room-panel-1280.png` });

  // Ten phones join by code; four of them are small (360×740).
  const phones: { context: BrowserContext; page: Page; name: string }[] = [];
  const foreign: string[] = [];
  for (let i = 0; i < 10; i++) {
    const context = await browser.newContext(i < 4 ? { viewport: { width: 360, height: 740 } } : {});
    const p = await context.newPage();
    p.on('request', (r) => {
      if (!r.url().startsWith(`http://${address}/`) && !r.url().startsWith(`ws://${address}/`))
        foreign.push(r.url());
    });
    await p.goto(roomUrl);
    await p.getByRole('textbox', { name: 'Join code' }).fill(code.toLowerCase());
    await p.getByRole('textbox', { name: /Your name/ }).fill(i === 9 ? '' : `Person ${i}`);
    await p.getByRole('button', { name: 'Join' }).click();
    await expect(p.getByRole('heading', { name: data.workshop.title })).toBeVisible();
    phones.push({ context, page: p, name: i === 9 ? 'Anonymous' : `Person ${i}` });
  }
  await expect(page.getByRole('heading', { name: 'In the room (10)' })).toBeVisible();

  // Five contributions: pain points on a step, an idea for the whole workshop.
  const send = async (p: Page, kind: string, text: string, stepId: string | null) => {
    await p.getByRole('radio', { name: kind }).check();
    await p.getByRole('combobox', { name: 'Where' }).selectOption(stepId ?? { label: 'The whole workshop' });
    await p.getByRole('textbox', { name: 'Your words' }).fill(text);
    await p.getByRole('button', { name: 'Send' }).click();
    await expect(p.getByText('Sent to the facilitator.')).toBeVisible();
  };
  await send(phones[0]!.page, 'Pain point', 'Approvers are on holiday', approval.id);
  await send(phones[1]!.page, 'Pain point', 'Approval takes too long', approval.id);
  await send(phones[2]!.page, 'Idea', 'Pre-approve standard requests', null);
  await send(phones[3]!.page, 'Pain point', 'lol', approval.id);
  await send(phones[4]!.page, 'Question', 'Who approves on weekends?', null);
  await expect(page.getByRole('heading', { name: 'From the room (5 new)' })).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/room-panel-1920.png` });

  const item = (text: string) => panel.getByRole('listitem', { name: new RegExp(text) });
  await item('Approvers are on holiday').getByRole('button', { name: 'Accept' }).click();
  await item('Approval takes too long').getByRole('combobox', { name: /Merge/ }).selectOption(existing.id);
  await item('Approval takes too long').getByRole('button', { name: 'Merge' }).click();
  await item('lol').getByRole('button', { name: 'Hide' }).click();
  await item('Pre-approve standard requests').getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('heading', { name: 'From the room (1 new)' })).toBeVisible();
  await expect(phones[0]!.page.getByText('on the map')).toBeVisible();

  const after = await app.api('workshop:data', { id });
  const accepted = after.painPoints.find((p) => p.text === 'Approvers are on holiday')!;
  expect(accepted.stepId).toBe(approval.id);
  expect(after.painPoints.filter((p) => p.text === 'Approval takes too long' || p.text === 'lol')).toEqual(
    [],
  );
  expect(after.parkingLot.map((p) => p.text)).toContain(
    'Idea (from the room): Pre-approve standard requests',
  );

  // Nine phones put one dot on each of the two pain points.
  for (const { page: p } of phones.slice(0, 9)) {
    await p.getByRole('button', { name: 'Dot vote for Approvers are on holiday' }).click();
    await p.getByRole('button', { name: `Dot vote for ${existing.text}` }).click();
    await expect(p.getByText('1 of 3 dots left')).toBeVisible();
  }

  // The tenth drops off the Wi-Fi, votes twice, comes back (and reloads): each vote counts once.
  const last = phones[9]!;
  await last.context.setOffline(true);
  await last.page.getByRole('button', { name: 'Dot vote for Approvers are on holiday' }).click();
  await last.page.getByRole('button', { name: `Dot vote for ${existing.text}` }).click();
  await expect(last.page.getByText('2 waiting to send')).toBeVisible();
  await last.context.setOffline(false);
  await last.page.reload();
  await expect(last.page.getByText('1 of 3 dots left')).toBeVisible();
  await expect(last.page.getByText(/waiting to send/)).toHaveCount(0);

  const votes = (await app.api('workshop:data', { id })).votes;
  const dots = (target: string) => votes.filter((v) => v.targetId === target).reduce((a, v) => a + v.dots, 0);
  expect(dots(accepted.id)).toBe(10 + data.votes.filter((v) => v.targetId === accepted.id).length);
  expect(
    dots(existing.id) - data.votes.filter((v) => v.targetId === existing.id).reduce((a, v) => a + v.dots, 0),
  ).toBe(10);
  const perPerson = new Map<string, number>();
  for (const v of votes.slice(data.votes.length))
    perPerson.set(v.participant, (perPerson.get(v.participant) ?? 0) + 1);
  expect([...perPerson.values()]).toEqual(Array(10).fill(2));

  // The facilitator reveals the totals; the phones show the same numbers the facilitator sees.
  await panel.getByRole('checkbox', { name: 'Show vote totals on phones' }).check();
  const small = phones[0]!.page;
  const existingStep = steps.find((s) => s.id === existing.stepId)!;
  for (const [pp, step] of [
    [accepted, approval],
    [existing, existingStep],
  ] as const) {
    const onPhone = small.getByRole('list', { name: `Pain points of ${step.title}` });
    await expect(
      onPhone
        .getByRole('listitem')
        .filter({ hasText: pp.text })
        .getByLabel(/dots in total/),
    ).toHaveText(String(dots(pp.id)));
    const onPanel = panel
      .getByRole('list', { name: 'Dots so far' })
      .getByRole('listitem')
      .filter({ hasText: pp.text });
    await expect(onPanel.getByLabel(/dots$/)).toHaveText(String(dots(pp.id)));
  }
  await small.getByRole('heading', { name: 'Manager approval' }).scrollIntoViewIfNeeded();
  await small.screenshot({ path: `${SHOTS}/participant-360.png` });
  await phones[9]!.page.screenshot({ path: `${SHOTS}/participant-360-anonymous.png`, fullPage: true });

  // Locked voting refuses new dots on the phones.
  await panel.getByRole('checkbox', { name: 'Lock voting' }).check();
  await expect(small.getByText('Voting is closed.')).toBeVisible();

  // Removing one participant ends their access at once.
  await panel.getByRole('button', { name: 'Remove Person 8' }).click();
  await expect(phones[8]!.page.getByText('You were removed from the room.')).toBeVisible();

  // Closing the room stops the server: every phone's next request is refused.
  await panel.getByRole('button', { name: 'Close the room', exact: true }).click();
  await expect(panel.getByRole('button', { name: 'Open the room' })).toBeVisible();
  for (const { page: p } of phones) {
    const answer = await p.evaluate(() =>
      fetch('./p/api/state', { method: 'POST', body: '{}' }).then(
        (r) => `answered ${r.status}`,
        () => 'refused',
      ),
    );
    expect(answer).toBe('refused');
  }
  await expect(small.getByText('The room is closed.')).toBeVisible();
  expect(foreign).toEqual([]);
  for (const { context } of phones) await context.close();
});

test('the participant bundle carries no facilitator code', () => {
  const assets = join(PARTICIPANT_OUT, 'assets');
  const code = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  expect(code.length).toBeGreaterThan(1000);
  for (const facilitatorOnly of [
    'x-triptych-token',
    'workshop:list',
    'participation:moderate',
    'report:generate',
  ])
    expect(code).not.toContain(facilitatorOnly);
  expect(readFileSync(join(PARTICIPANT_OUT, 'index.html'), 'utf8')).not.toMatch(/https?:\/\//);
});

test('the phone page and the room panel pass an accessibility check', async ({ page, app, browser }) => {
  test.setTimeout(150_000);
  const id = await seedWorkshop(app);
  const status = await app.api('participation:open', {
    workshopId: id,
    address: '127.0.0.1',
    minutes: 30,
    budget: 3,
  });
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const p = await phone.newPage();
  await p.goto(`${status.url}#code=${status.joinCode}`);
  await expect(p.getByRole('textbox', { name: 'Join code' })).toHaveValue(status.joinCode!);
  await p.screenshot({ path: `${SHOTS}/participant-join-360.png` });
  const serious = async (pg: Page) =>
    (await new AxeBuilder({ page: pg }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  expect(await serious(p)).toEqual([]);
  await p.getByRole('button', { name: 'Join' }).click();
  await expect(p.getByRole('region', { name: 'Now discussing' })).toBeVisible();
  expect(await serious(p)).toEqual([]);

  await openStage(page, app, id, 'current');
  await page.getByRole('button', { name: /Room open/ }).click();
  await expect(page.getByRole('heading', { name: 'In the room (1)' })).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await app.api('participation:close', { workshopId: id });
  await phone.close();
});
