import { describe, expect, it } from 'vitest';
import { renderDeck } from '../../../electron/core/deck/service.js';
import { comparisonFor } from '../../../electron/core/report/comparison-cache.js';
import { clearReportCaches, renderReport } from '../../../electron/core/report/generate.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { buildReportModel } from '../../../shared/report/build.js';
import { reportOptionsSchema } from '../../../shared/report/options.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { openDocx } from './docx-reader.js';
import { bigWorkshop } from './workshops.js';

const options = reportOptionsSchema.parse({ firmName: 'Whitfield Consulting' });

/** The body as Word reads it, ids aside (docx numbers drawings and bookmarks across the process). */
async function body(bytes: Uint8Array) {
  const docx = await openDocx(bytes);
  const xml = docx.document.replace(/\bid="\d+"/g, 'id="n"').replace(/_Toc\d+/g, '_Toc');
  return { xml, media: docx.media.length };
}

/** Where two bodies first differ (a short excerpt, not two whole documents). */
function difference(a: { xml: string; media: number }, b: { xml: string; media: number }): string {
  if (a.media !== b.media) return `${a.media} pictures against ${b.media}`;
  let i = 0;
  while (i < a.xml.length && a.xml[i] === b.xml[i]) i++;
  return i === a.xml.length && i === b.xml.length
    ? ''
    : `${a.xml.slice(i - 80, i + 80)}\n${b.xml.slice(i - 80, i + 80)}`;
}

const cold = async (data: WorkshopData) => {
  clearReportCaches();
  return body(await renderReport({ data, options, summaryText: null }));
};
const warm = async (data: WorkshopData) => body(await renderReport({ data, options, summaryText: null }));

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v, seen);
  }
  return value;
}

describe('what a report keeps for the next one', () => {
  it('writes the same document from kept sections, pictures and comparison as from nothing', async () => {
    const data = bigWorkshop({ steps: 30, lanes: 6, findings: 14, actions: 10 });
    const first = await cold(data);
    expect(difference(await warm(data), first)).toBe('');
    expect(difference(await warm(data), first)).toBe('');
  });

  it('shows an edit at once: a renamed step, a new finding title, another cover status', async () => {
    const data = originWorkshop();
    const before = await cold(data);
    const step = data.maps.actual.steps[3]!;
    const renamed: WorkshopData = {
      ...data,
      maps: {
        ...data.maps,
        actual: {
          ...data.maps.actual,
          steps: data.maps.actual.steps.map((s) =>
            s.id === step.id ? { ...s, title: 'Ask Raj by phone' } : s,
          ),
        },
      },
      findings: data.findings.map((f, i) => (i === 0 ? { ...f, title: 'Nobody owns the template' } : f)),
    };
    const after = await warm(renamed);
    expect(before.xml).toContain(step.title);
    expect(after.xml).toContain('Ask Raj by phone');
    expect(after.xml).toContain('Nobody owns the template');
    expect(difference(after, await cold(renamed))).toBe('');
    // The comparison follows the maps: a renamed step is compared again.
    expect(comparisonFor(renamed)).not.toBe(comparisonFor(data));
    expect(comparisonFor(renamed)).toBe(comparisonFor(renamed));
    const final = await renderReport({
      data: renamed,
      options: { ...options, status: 'final', version: '2.0' },
      summaryText: null,
    });
    expect((await body(final)).xml).toContain('Version 2.0');
  });

  it('never changes the comparison it is given, so one comparison serves the stage, report and deck', async () => {
    const data = originWorkshop();
    const comparison = deepFreeze(comparisonFor(data));
    // Modules are strict: a write into the frozen result would throw.
    expect(() => buildReportModel(data, options, { comparison })).not.toThrow();
    await expect(renderReport({ data, options, summaryText: null })).resolves.toBeInstanceOf(Buffer);
    await expect(renderDeck(data, options)).resolves.toBeInstanceOf(Uint8Array);
  });
});
