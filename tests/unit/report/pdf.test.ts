import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/core/report/generate.js';
import { compareForReport } from '../../../shared/report/build.js';
import { reportOptionsSchema } from '../../../shared/report/options.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { tempDir } from '../../helpers/temp.js';

const has = (tool: string) => spawnSync('which', [tool]).status === 0;
const hasSoffice = has('soffice') && has('pdfinfo') && has('pdftotext');

describe('the report as LibreOffice prints it', () => {
  // Converting needs LibreOffice and poppler-utils (.ci/run installs both); without them there is nothing to run.
  it.skipIf(!hasSoffice)(
    'converts to a PDF with a page per section and the report’s text',
    async () => {
      const dir = tempDir();
      const data = originWorkshop();
      const docx = join(dir, 'origin.docx');
      const options = reportOptionsSchema.parse({ firmName: 'Whitfield Consulting' });
      writeFileSync(docx, await renderReport({ data, options, summaryText: null }));
      // A profile of its own, so parallel runs (and a user's LibreOffice) don't clash.
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          docx,
        ],
        {
          stdio: 'ignore',
          timeout: 90_000,
        },
      );
      const pdf = join(dir, 'origin.pdf');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      // Cover, contents, then every level-1 section on a page of its own: 13 at least.
      expect(pages).toBeGreaterThanOrEqual(13);
      expect(pages).toBeLessThanOrEqual(22);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
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
    },
    120_000,
  );
});
