import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/core/report/generate.js';
import { MAP_STATES } from '../../../shared/domain/types.js';
import { buildReportModel, compareForReport } from '../../../shared/report/build.js';
import { defaultReportOptions, reportOptionsSchema } from '../../../shared/report/options.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { convertToPdf, hasPdfTools, pageCount, pageTexts } from '../../helpers/pdf.js';
import { tempDir } from '../../helpers/temp.js';
import { SCENARIO_DIR } from '../compare/scenario-helpers.js';
import { underfilledPages } from './pages.js';

describe('the report as LibreOffice prints it', () => {
  // Converting needs LibreOffice and poppler-utils (.ci/run installs both); without them there is nothing to run.
  it.skipIf(!hasPdfTools)(
    'converts to a PDF with a page per section and the report’s text, no page left mostly blank',
    async () => {
      const dir = tempDir();
      const data = originWorkshop();
      const docx = join(dir, 'origin.docx');
      const options = reportOptionsSchema.parse({ firmName: 'Whitfield Consulting' });
      writeFileSync(docx, await renderReport({ data, options, summaryText: null }));
      const pdf = convertToPdf(docx, 90_000);
      const pages = pageCount(pdf);
      // Cover, contents, then every level-1 section on a page of its own (the parking lot follows
      // the actions): 12 at least.
      expect(pages).toBeGreaterThanOrEqual(12);
      expect(pages).toBeLessThanOrEqual(22);
      const text = pageTexts(pdf, true).join(' ');
      for (const expected of [
        'Prepared for Northwind IT',
        'Executive summary',
        compareForReport(data).verdict.sentence,
        'Request VM from infrastructure team',
        'Glossary of measures',
        `Page 2 of ${pages}`,
        `Page ${pages} of ${pages}`,
      ])
        expect(text).toContain(expected);
      // The cover has no header or footer.
      expect(text).not.toContain('Page 1 of');
      expect(underfilledPages(pdf, buildReportModel(data, options))).toEqual([]);
    },
    120_000,
  );

  it.skipIf(!hasPdfTools)(
    'prints a workshop built from three CSV imports without a page left mostly blank',
    async () => {
      const dir = tempDir();
      const core = await startCore(join(dir, 'data'));
      const created = await invoke(core, 'workshop:create', {
        client: 'Harbour Logistics',
        title: 'Invoice approval',
      });
      for (const state of MAP_STATES) {
        const content = readFileSync(join(SCENARIO_DIR, 'invoice-approval', `${state}.csv`), 'utf8');
        await invoke(core, 'csv:import', { workshopId: created.workshop.id, state, content });
      }
      const data = await invoke(core, 'workshop:data', { id: created.workshop.id });
      await core.close();
      const options = defaultReportOptions();
      const docx = join(dir, 'imported.docx');
      writeFileSync(docx, await renderReport({ data, options, summaryText: null }));
      const pdf = convertToPdf(docx, 90_000);
      const model = buildReportModel(data, options);
      // Nothing but the process's name was recorded: no chapter repeats the cover.
      expect(model.omitted?.map((o) => o.heading)).toContain('Objectives and attendees');
      const text = pageTexts(pdf).join(' ');
      expect(text).toContain('Invoice approval');
      // No steps carry a value class or %C&A: those measures are named once, not printed as rows of "unknown".
      expect(text).toContain('Not recorded in any state, so not shown: Process cycle efficiency');
      expect(text).not.toContain('unknown');
      expect(underfilledPages(pdf, model)).toEqual([]);
    },
    120_000,
  );
});
