/**
 * The hand-labelled scenarios (tests/fixtures/scenarios): three CSV imports per workshop, no
 * lineage, the automatic correspondence measured against the facilitator's truth.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { compareWorkshop } from '../../../shared/compare/index.js';
import { startCore } from '../../helpers/core.js';
import {
  SCENARIOS,
  compareScenario,
  counterpartPairs,
  importScenario,
  labels,
  readTruth,
} from './scenario-helpers.js';

let core: AppCore | null = null;
afterAll(() => core?.close());

describe('hand-labelled scenarios', () => {
  it('has at least six scenarios', () => expect(SCENARIOS.length).toBeGreaterThanOrEqual(6));

  it('matches steps automatically with precision ≥ 95 % and recall ≥ 90 %', async () => {
    core = await startCore();
    let truePositive = 0;
    let predicted = 0;
    let expected = 0;
    let statusRight = 0;
    let statusTotal = 0;
    const lines: string[] = [];
    for (const name of SCENARIOS) {
      const workshopId = await importScenario(core, name);
      const { data, result } = await compareScenario(core, workshopId);
      expect(data.links).toEqual([]); // imports carry no lineage: every match is automatic
      const { idOf, labelOf } = labels(data);
      const truth = readTruth(name);
      const truthLinks = truth.links.map(([a, b], i) => ({
        id: `truth-${i}`,
        fromStepId: idOf.get(a)!,
        toStepId: idOf.get(b)!,
        source: 'manual' as const,
      }));
      const truthResult = compareWorkshop({
        maps: data.maps,
        links: truthLinks,
        options: { automatic: false },
      });
      const want = counterpartPairs(truthResult, labelOf);
      const got = counterpartPairs(result, labelOf);
      const hits = [...got].filter((p) => want.has(p));
      truePositive += hits.length;
      predicted += got.size;
      expected += want.size;
      let right = 0;
      for (const [label, status] of Object.entries(truth.status)) {
        if (result.statuses.byStep[idOf.get(label)!]?.status === status) right += 1;
        else
          lines.push(
            `  ${name} ${label}: expected ${status}, got ${result.statuses.byStep[idOf.get(label)!]?.status}`,
          );
      }
      statusRight += right;
      statusTotal += Object.keys(truth.status).length;
      const wrong = [...got].filter((p) => !want.has(p));
      const missed = [...want].filter((p) => !got.has(p));
      lines.push(
        `${name}: ${hits.length}/${got.size} right, missed ${missed.join(' ') || '-'}; wrong ${wrong.join(' ') || '-'}`,
      );
    }
    const precision = truePositive / predicted;
    const recall = truePositive / expected;
    console.log(
      [
        ...lines,
        `Automatic correspondence: precision ${(precision * 100).toFixed(1)} %, recall ${(recall * 100).toFixed(1)} %`,
        `Statuses as labelled: ${statusRight} of ${statusTotal} (${((statusRight / statusTotal) * 100).toFixed(1)} %)`,
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});
