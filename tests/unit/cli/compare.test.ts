import { compareWorkshop } from '../../../shared/compare/index.js';
import { describe, expect, it } from 'vitest';
import type { comparisonJson } from '../../../electron/cli/compare.commands.js';
import { runCli } from '../../../electron/cli/run.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t) }, { out: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The origin story in a real SQLite file, as the app would have saved it. */
async function savedOrigin(): Promise<{ dir: string; id: string }> {
  const dir = tempDir();
  const core = await startCore(dir);
  const id = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
  await core.close();
  return { dir, id };
}

describe('triptych compare', () => {
  it('prints the verdict, the change realized, the statuses and the measures with their deltas', async () => {
    const { dir, id } = await savedOrigin();
    const { code, out } = await cli('compare', id, '--data-dir', dir);
    expect(code).toBe(0);
    // Process apart from technology: the origin story's environment move earns no process credit.
    const expected = compareWorkshop({ maps: originWorkshop().maps, links: originWorkshop().links }).verdict;
    expect(out).toContain(`Change realized: ${expected.percent} %`);
    expect(out).toContain(`Verdict: ${expected.sentence}`);
    expect(out).toContain('  - Approvals: 2 in current, 2 in actual (future: 0).');
    expect(out).toMatch(/actual\s+Manager approval\s+Management\s+Unchanged from current/);
    expect(out).toMatch(/current\s+Rack and install OS\s+Infrastructure\s+Retired in actual/);
    expect(out).toMatch(/future\s+Automated configuration\s+Platform\s+Not adopted in actual/);
    expect(out).toMatch(/MEASURE\s+CURRENT\s+FUTURE\s+ACTUAL\s+PLANNED\s+REALIZED\s+GAP/);
    expect(out).toMatch(/Approvals\s+2\s+0\s+2\s+−2 \(−100 %\)\s+0\s+\+2/);
    // 18785 min at 8 h a day = 39 d 1 h 5 min; 1085 = 2 d 2 h 5 min; 9335 = 19 d 3 h 35 min; −17700 = −36 d 7 h.
    expect(out).toMatch(/Lead time\s+39 d 1 h 5 min\s+2 d 2 h 5 min\s+19 d 3 h 35 min\s+−36 d 7 h \(−94 %\)/);
    expect(out).toContain('2.2 % (3 of 9 steps timed)');
  });

  it('prints the whole result as JSON with --json', async () => {
    const { dir, id } = await savedOrigin();
    const { code, out } = await cli('compare', id, '--json', '--data-dir', dir);
    expect(code).toBe(0);
    const result = JSON.parse(out) as ReturnType<typeof comparisonJson>;
    const verdict = compareWorkshop({ maps: originWorkshop().maps, links: originWorkshop().links }).verdict;
    expect(result.verdict).toMatchObject({ percent: verdict.percent, band: verdict.band });
    expect(result.verdict.realized).toBeCloseTo(verdict.realized!, 6);
    expect(result.verdict.technology.realized).not.toBeNull();
    expect(result.steps.length).toBeGreaterThan(0);
    expect(result.metrics.byState.actual.approvals).toBe(2);
    expect(Object.keys(result)).toEqual([
      'correspondence',
      'statuses',
      'metrics',
      'verdict',
      'suggestions',
      'findings',
      'automatic',
      'review',
      'steps',
      'matches',
    ]);
  });

  it('refuses a missing or unknown workshop id', async () => {
    const dir = tempDir();
    expect(await cli('compare', '--data-dir', dir)).toMatchObject({ code: 2, err: /one workshop id/ });
    expect(await cli('compare', 'nope', '--data-dir', dir)).toMatchObject({ code: 2, err: /must be an id/ });
    expect(await cli('compare', '00000000-0000-4000-8000-000000000000', '--data-dir', dir)).toMatchObject({
      code: 1,
      err: /does not exist/,
    });
  });
});
