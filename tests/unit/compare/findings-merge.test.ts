import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { compareWorkshop } from '../../../shared/compare/index.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { startCore } from '../../helpers/core.js';
import { compareScenario, importScenario } from './scenario-helpers.js';

// One core per test: its data folder is removed after each test (tests/helpers/temp.ts).
let core: AppCore | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

const titles = (list: { title: string }[]) => list.map((f) => f.title);

describe('suggested findings without near-duplicates', () => {
  it('tells two steps stuck on the same future step once (incident management)', async () => {
    core = await startCore();
    const { result } = await compareScenario(core, await importScenario(core, 'incident-management'));
    const found = titles(result.findings);
    expect(found).toContain('"Diagnose incident" and "Fix incident" are still done the current way');
    expect(found.filter((t) => /Diagnose incident|Fix incident/.test(t))).toHaveLength(1);
    // No two step findings of one rule about the same counterpart remain.
    for (const a of result.findings)
      for (const b of result.findings)
        if (a !== b && a.key.split(':')[0] === b.key.split(':')[0] && !a.key.startsWith('metric'))
          expect(a.stepIds.slice(1).filter((s) => b.stepIds.slice(1).includes(s))).toEqual([]);
    // Keys stay unique and stable: the kept suggestion keeps its own.
    expect(new Set(result.findings.map((f) => f.key)).size).toBe(result.findings.length);
  });

  it('folds the approvals measure and the two approvals still used into one (IT virtualization)', async () => {
    core = await startCore();
    const { result } = await compareScenario(core, await importScenario(core, 'it-virtualization'));
    const approvals = result.findings.filter((f) => /Approv/.test(f.title));
    expect(titles(approvals)).toEqual(['Approvals: 2 in actual; the future planned 0']);
    expect(approvals[0]!.severity).toBe('high');
    expect(approvals[0]!.detail).toMatch(
      /"Approve server request" is still used.*"Approve budget" is still used/,
    );
    expect(result.findings.length).toBe(9); // 11 before, two pairs merged
  });

  it('leaves distinct findings alone (origin story)', () => {
    const d = originWorkshop();
    const r = compareWorkshop({ maps: d.maps, links: d.links, options: { suggestions: false } });
    expect(titles(r.findings)).toContain('"Configure server" is still done the current way');
    expect(titles(r.findings)).toContain('"Submit hardware request form" is still done the current way');
  });
});
