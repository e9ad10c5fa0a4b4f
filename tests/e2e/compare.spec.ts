import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { compareWorkshop } from '../../shared/compare/index.js';
import { seedOriginStory } from './compare-seed.js';
import { expect, test } from './harness.js';

async function noSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const step = (page: Page, state: string, title: string) =>
  page.getByRole('article', { name: `${state} step: ${title}`, exact: true });

test('compares the three states, then turns a suggestion into a finding with an action', async ({
  page,
  app,
}) => {
  const { workshopId } = await seedOriginStory(app.api);
  const data = await app.api('workshop:data', { id: workshopId });
  const expected = compareWorkshop({ maps: data.maps, links: data.links }).verdict;

  await page.goto(app.url); // stores the session token
  const base = app.url.split('#')[0]!;
  await page.goto(`${base}#/workshop/${workshopId}/compare`);

  // The verdict first: figure, sentence and evidence.
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict).toContainText(`${expected.percent} %`);
  await expect(verdict).toContainText(expected.sentence);
  // Process apart from technology: the sentence is built from both figures.
  expect(expected.sentence).toMatch(
    /^The technology changed: \d+ of \d+ steps now run virtual\. The process did not: \d+ % of the planned change happened\.$/,
  );
  await expect(
    verdict.getByRole('listitem').filter({ hasText: 'Approvals: 2 in current, 2 in actual' }),
  ).toBeVisible();
  await verdict.getByText('How is this computed?').click();
  await expect(verdict).toContainText('Actual steps the future changed');
  await verdict.getByText('How is this computed?').click();
  await expect(verdict.getByText('Actual steps the future changed')).toBeHidden();

  // Statuses in words, not only colour; the split of "Configure server".
  await expect(step(page, 'actual', 'Manager approval')).toContainText('Unchanged from current');
  // It took only the future's environment (technology), none of its process: no process credit.
  await expect(step(page, 'actual', 'Request VM from infra team')).toContainText('Changed off-plan');
  await expect(step(page, 'actual', 'Chase the VM request by phone')).toContainText('Workaround');
  await expect(step(page, 'future', 'Self-service request')).toContainText('Not adopted in actual');
  await expect(step(page, 'current', 'Rack and install OS')).toContainText('Retired in actual');
  await expect(step(page, 'current', 'Configure server')).toContainText('Split into 2 actual steps');

  // Measures with their deltas and coverage.
  const measures = page.getByRole('table').filter({ hasText: 'Planned Δ' });
  await expect(measures.getByRole('row', { name: /^Approvals/ })).toContainText('−2 (−100 %)');
  await expect(measures.getByRole('row', { name: /^Lead time/ })).toContainText('9 of 10 steps timed');

  // Filters: only the actual steps still done the current way.
  await page.getByLabel('Status').selectOption({ label: '= Unchanged (3)' });
  await expect(page.getByText(/^3 of \d+ rows shown$/)).toBeVisible();
  await expect(step(page, 'actual', 'Go-live')).toBeHidden();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Lane').selectOption('Security');
  await expect(step(page, 'actual', 'Harden VM manually')).toBeVisible();
  await expect(step(page, 'actual', 'Manager approval')).toBeHidden();
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // The pair is now matched automatically: reject it, restore it, accept it as a link.
  const review = page.getByRole('region', { name: 'Automatic matches' });
  const suggestions = page.getByRole('region', { name: 'Suggested links' });
  const pair = 'Smoke test (future) with Smoke test by hand (actual)';
  await review.getByRole('button', { name: `Reject match: ${pair}` }).click();
  await expect(review.getByRole('button', { name: `Reject match: ${pair}` })).toHaveCount(0);
  await suggestions.getByText('Rejected suggestions (1)').click();
  await suggestions.getByRole('button', { name: /^Restore suggestion/ }).click();
  await review.getByRole('button', { name: `Accept match: ${pair}` }).click();
  await expect(step(page, 'actual', 'Smoke test by hand')).toContainText('Adopted from future');

  // Manual unlink and link again, through the contract's undo-able edits.
  const links = page.getByRole('region', { name: 'Links between states' });
  await links.getByText(/All links/).click();
  await links
    .getByRole('button', { name: 'Unlink Future: Smoke test and Actual: Smoke test by hand' })
    .click();
  // Unlinked, the pair is matched automatically again (it was not rejected), awaiting review.
  await expect(review.getByRole('button', { name: `Accept match: ${pair}` })).toBeVisible();
  await links.getByLabel('Step', { exact: true }).selectOption({ label: 'Smoke test by hand' });
  await links.getByLabel('corresponds to').selectOption({ label: 'Smoke test' });
  await links.getByRole('button', { name: 'Link steps' }).click();
  await expect(step(page, 'actual', 'Smoke test by hand')).toContainText('Adopted from future');

  await noSeriousViolations(page);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: 'test-results/screens/compare.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/compare-1280.png' });
  await page.setViewportSize({ width: 1366, height: 820 });

  // Findings: accept a suggestion; it lands in its category and is not suggested again.
  await page.goto(`${base}#/workshop/${workshopId}/findings`);
  const suggested = page.getByRole('region', { name: /Suggested by the comparison/ });
  // The two approvals still used are told within the approvals measure (near-duplicates merged).
  const title = 'Approvals: 2 in actual; the future planned 0';
  await suggested.getByRole('button', { name: `Accept finding: ${title}` }).click();
  await expect(suggested.getByRole('status')).toHaveText(`Accepted into Process findings below: ${title}`);
  const processGroup = page.getByRole('region', { name: /^Process/ });
  await expect(processGroup.getByRole('heading', { name: title })).toBeVisible();
  await expect(suggested.getByRole('button', { name: `Accept finding: ${title}` })).toBeHidden();
  // The keyboard stays in the list: focus moves to the next suggestion.
  await expect(suggested.getByRole('button', { name: /^Accept finding/ }).first()).toBeFocused();
  // Accepting is one edit: undo brings the suggestion back, redo accepts it again.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(suggested.getByRole('button', { name: `Accept finding: ${title}` })).toBeVisible();
  await expect(processGroup.getByRole('heading', { name: title })).toBeHidden();
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(processGroup.getByRole('heading', { name: title })).toBeVisible();
  await expect(suggested.getByRole('button', { name: `Accept finding: ${title}` })).toBeHidden();

  await suggested.getByRole('button', { name: /^Dismiss finding: Handoffs/ }).click();
  await expect(suggested.getByText('Dismissed suggestions (1)')).toBeVisible();

  // Edit the accepted finding: it is no longer a bare suggestion.
  await processGroup.getByRole('button', { name: `Edit finding: ${title}` }).click();
  const editor = page.getByRole('form', { name: `Edit finding: ${title}` });
  await editor.getByLabel('Root cause').selectOption('policy');
  await editor.getByLabel('Severity').selectOption('high');
  await editor.getByRole('button', { name: 'Save finding' }).click();
  await expect(processGroup.getByRole('article', { name: title })).toContainText('High severity');
  await expect(processGroup.getByRole('article', { name: title })).toContainText('Root cause: Policy');

  // An action for it.
  const addAction = page.getByRole('form', { name: 'Add an action' });
  await addAction.getByLabel('New action').fill('Retire the manager approval for standard VMs');
  await addAction.getByLabel('Owner').fill('Dana (Head of Infrastructure)');
  await addAction.getByLabel('Due date').fill('2026-09-30');
  await addAction.getByLabel('Priority').selectOption('high');
  await addAction.getByLabel('For finding').selectOption({ label: title });
  await addAction.getByRole('button', { name: 'Add action' }).click();
  const register = page.getByRole('table', { name: /Action register/ });
  await expect(register.getByLabel('Owner of Retire the manager approval for standard VMs')).toHaveValue(
    'Dana (Head of Infrastructure)',
  );
  await register
    .getByLabel('Status of Retire the manager approval for standard VMs')
    .selectOption('in_progress');

  const recommendation = page.getByRole('form', { name: 'Add a recommendation' });
  await recommendation
    .getByLabel('New recommendation')
    .fill('Let the service portal approve standard VM sizes');
  await recommendation.getByLabel('For finding').selectOption({ label: title });
  await recommendation.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(page.getByLabel('Recommendation 1', { exact: true })).toHaveValue(
    'Let the service portal approve standard VM sizes',
  );

  // Decisions survive a reload.
  await page.reload();
  await expect(suggested.getByText('Dismissed suggestions (1)')).toBeVisible();
  await expect(suggested.getByRole('button', { name: `Accept finding: ${title}` })).toBeHidden();
  await expect(register.getByLabel('Status of Retire the manager approval for standard VMs')).toHaveValue(
    'in_progress',
  );

  await noSeriousViolations(page);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: 'test-results/screens/findings.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/findings-1280.png' });
});

test('an empty workshop says there is nothing to compare yet', async ({ page, app }) => {
  const { workshop } = await app.api('workshop:create', { client: 'Acme', title: 'Nothing mapped' });
  await page.goto(app.url);
  const base = app.url.split('#')[0]!;
  await page.goto(`${base}#/workshop/${workshop.id}/compare`);
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict).toContainText('There is nothing to compare yet: all three maps are empty.');
  await expect(verdict).toContainText('No figure: all three maps are empty.');
  await expect(page.getByText('No steps mapped yet.')).toBeVisible();
  await expect(page.getByRole('table').filter({ hasText: 'Planned Δ' })).toContainText('Not timed');
  await noSeriousViolations(page);
  await page.goto(`${base}#/workshop/${workshop.id}/findings`);
  await expect(page.getByText('The comparison suggests no findings.')).toBeVisible();
  await expect(page.getByText('No actions yet.')).toBeVisible();
  await noSeriousViolations(page);
});
