import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/core/report/generate.js';
import { reportOptionsSchema } from '../../../shared/report/options.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { openDocx } from './docx-reader.js';

/**
 * States captured separately (no lineage, no links) are matched automatically; until the facilitator
 * reviews the matches the comparison chapter says Draft, and still shows its verdict, steps and measures.
 */
describe('the comparison chapter of a workshop built from separate captures', () => {
  it('says Draft above the verdict, the aligned steps and the measures, not instead of them', async () => {
    const data = originWorkshop();
    for (const state of ['current', 'future', 'actual'] as const)
      for (const step of data.maps[state].steps) step.originStepId = null;
    data.links = [];
    const options = reportOptionsSchema.parse({ status: 'final' });
    const docx = await openDocx(await renderReport({ data, options, summaryText: null }));
    const chapter = docx.text.slice(docx.text.lastIndexOf('Comparison'));
    expect(chapter).toMatch(/Draft: \d+ step matches were made automatically and not yet reviewed/);
    expect(chapter).toContain('Change realized');
    expect(chapter).toContain('Step by step');
    expect(chapter).toContain('Measures');
    expect(chapter).toContain('Unchanged from current; technology');
    expect(docx.text).toContain('Draft: step matches not yet reviewed');
  });
});
