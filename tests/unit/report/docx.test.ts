import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/core/report/generate.js';
import { MAP_STATES } from '../../../shared/domain/types.js';
import { buildReportModel } from '../../../shared/report/build.js';
import { formatMinutes } from '../../../shared/report/format.js';
import { reportOptionsSchema } from '../../../shared/report/options.js';
import { outlineOf } from '../../../shared/report/outline.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { type OpenedDocx, emptyHeadings, headings, openDocx, tables } from './docx-reader.js';
import { pngBytes } from './images.js';
import { emptyWorkshop } from './workshops.js';

const STEP_HEADER = ['#', 'Lane', 'Step', 'Kind', 'Tools', 'Process time', 'Wait time', 'Pain points'];
const EMU_PER_PT = 12700;

describe('the Word report of the origin workshop', () => {
  const data = originWorkshop();
  const options = reportOptionsSchema.parse({
    firmName: 'Whitfield Consulting',
    logo: { mediaType: 'image/png', data: pngBytes(240, 80).toString('base64') },
  });
  let docx: OpenedDocx;

  beforeAll(async () => {
    docx = await openDocx(await renderReport({ data, options, summaryText: null }));
  });

  it('has every section, with the headings the outline promised, in built-in heading styles', () => {
    const expected = outlineOf(buildReportModel(data, options)).filter((e) => e.level > 0);
    expect(headings(docx.document)).toEqual(expected);
    for (const level of [1, 2, 3])
      expect(docx.document.includes(`<w:pStyle w:val="Heading${level}"/>`)).toBe(true);
    for (const text of [
      'Northwind IT',
      'Application deployment after virtualization',
      'Whitfield Consulting',
      '24 November 2026',
      'Glenn Whitfield',
    ])
      expect(docx.text).toContain(text);
    expect(emptyHeadings(docx.document)).toEqual([]);
  });

  it('has a table of contents field that Word refreshes on opening', () => {
    // Big XML strings are tested with .test() so a failure does not print the whole document.
    expect(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/.test(docx.document)).toBe(true);
    expect(/<w:updateFields(?: w:val="(true|1)")?\/>/.test(docx.settings)).toBe(true);
  });

  it('lists each state’s steps exactly as recorded', () => {
    const stepTables = tables(docx.document).filter(
      (t) => t[0]!.slice(0, 4).join() === STEP_HEADER.slice(0, 4).join(),
    );
    expect(stepTables).toHaveLength(3);
    MAP_STATES.forEach((state, i) => {
      const map = data.maps[state];
      const lanes = new Map(map.lanes.map((l) => [l.id, l.name]));
      const [header, ...rows] = stepTables[i]!;
      expect(rows).toHaveLength(map.steps.length);
      // A column empty in every row is left out (the future state has no pain points).
      const hasPains = map.steps.some((s) => data.painPoints.some((p) => p.stepId === s.id));
      expect(header).toEqual(hasPains ? STEP_HEADER : STEP_HEADER.slice(0, 7));
      map.steps.forEach((step, j) => {
        const pains = data.painPoints.filter((p) => p.stepId === step.id).map((p) => p.text);
        expect(rows[j]!.slice(0, 7)).toEqual([
          String(j + 1),
          lanes.get(step.laneId!)!,
          step.title,
          step.kind.charAt(0).toUpperCase() + step.kind.slice(1),
          step.tools.join(', '),
          formatMinutes(step.processMinutes, 8),
          formatMinutes(step.waitMinutes, 8),
        ]);
        for (const pain of pains) expect(rows[j]![7]).toContain(pain);
      });
    });
  });

  it('gives every picture alt text and prints diagrams no smaller than drawn', () => {
    const pictures = [
      ...docx.document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>.*?<wp:docPr ([^>]*)>/gs),
    ];
    // The logo, one diagram per state, the summary's chart, the comparison's chart and the side by side.
    expect(pictures).toHaveLength(7);
    for (const [, , , attrs] of pictures) expect(attrs).toMatch(/descr="[^"]{10,}"/);
    expect(/descr="Swimlane diagram of the current state: 9 steps in 6 lanes/.test(docx.document)).toBe(true);
    expect(
      docx.document.match(/descr="Bar chart of lead time and process time: Current: 8 weeks/g),
    ).toHaveLength(2);
    expect(/descr="The three states side by side in \d+ rows/.test(docx.document)).toBe(true);
    const model = buildReportModel(data, options);
    const diagrams = model.sections.flatMap((s) => (s.kind === 'state' ? (s.diagram?.items ?? []) : []));
    for (const image of diagrams) {
      const found = pictures.find((p) => p[3]!.includes(`name="${image.key}"`));
      expect(Number(found![1])).toBeGreaterThanOrEqual(Math.floor(image.width) * EMU_PER_PT);
    }
  });

  it('declares one table style, uses it for every table and repeats header rows', () => {
    expect(docx.styles.match(/w:type="table" w:styleId="TriptychTable"/g)).toHaveLength(1);
    // The summary's key messages sit in a layout table (tiles), not a data table.
    const count = tables(docx.document).length - 1;
    expect(docx.document.match(/<w:tblStyle w:val="TriptychTable"\/>/g)).toHaveLength(count);
    expect(docx.document.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/g)).toHaveLength(count);
  });

  it('puts the client and "Confidential" in the header and page numbers in the footer', () => {
    expect(docx.headers.some((h) => h.includes('Northwind IT') && h.includes('Confidential'))).toBe(true);
    expect(docx.footers.some((f) => /PAGE/.test(f) && /NUMPAGES/.test(f))).toBe(true);
    // The cover page has its own (empty) header and footer.
    expect(docx.document.includes('<w:titlePg/>')).toBe(true);
  });

  it('keeps swimlanes that fit upright on portrait pages (large-maps.test turns wide ones sideways)', () => {
    // Hand-offs down to a lower lane share a column, so the origin's nine-step maps fit an A4 page upright.
    expect(/<w:pgSz [^>]*w:orient="landscape"/.test(docx.document)).toBe(false);
    expect(/<w:pgSz w:w="11906" w:h="16838"/.test(docx.document)).toBe(true);
  });
});

describe('the Word report of an empty workshop', () => {
  it('prints sentences instead of empty sections', async () => {
    const docx = await openDocx(
      await renderReport({
        data: emptyWorkshop(),
        options: reportOptionsSchema.parse({ emptySections: 'note' }),
        summaryText: null,
      }),
    );
    expect(docx.text).toContain('No steps were mapped for the current state.');
    expect(docx.text).toContain('No parking-lot items or decisions were recorded.');
    expect(docx.media).toHaveLength(0);
    expect(emptyHeadings(docx.document)).toEqual([]);
    const h1 = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:p>';
    expect(emptyHeadings(`<w:body>${h1}${h1}<w:p/></w:body>`)).toEqual([0]); // the check itself works
  });

  it('uses Letter paper and leaves out what was switched off', async () => {
    const options = reportOptionsSchema.parse({
      paper: 'letter',
      sections: ['summary', 'findings'],
      emptySections: 'omit',
    });
    const docx = await openDocx(
      await renderReport({ data: emptyWorkshop(), options, summaryText: 'Edited by hand.' }),
    );
    expect(headings(docx.document)).toEqual([{ level: 1, text: 'Executive summary' }]);
    expect(docx.text).toContain('Edited by hand.');
    expect(/<w:pgSz w:w="12240" w:h="15840"/.test(docx.document)).toBe(true);
  });
});
