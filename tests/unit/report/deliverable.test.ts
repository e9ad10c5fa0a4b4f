import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/core/report/generate.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { reportOptionsSchema } from '../../../shared/report/options.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { type OpenedDocx, emptyHeadings, headings, openDocx, runText, tables } from './docx-reader.js';

/** The origin story as a CSV import leaves it: no automation, value class, %C&A, notes, findings or actions. */
function importedWorkshop(): WorkshopData {
  const data = originWorkshop();
  const bare = (m: WorkshopData['maps']['current']) => ({
    ...m,
    steps: m.steps.map((s) => ({
      ...s,
      automation: null,
      valueClass: null,
      pctCompleteAccurate: null,
      notes: '',
      description: '',
    })),
  });
  return {
    ...data,
    maps: {
      current: bare(data.maps.current),
      future: bare(data.maps.future),
      actual: bare(data.maps.actual),
    },
    findings: [],
    recommendations: [],
    actions: [],
    parkingLot: [],
    decisions: [],
    votes: [],
  };
}

async function open(data: WorkshopData, options = reportOptionsSchema.parse({})) {
  const bytes = await renderReport({ data, options, summaryText: null });
  return { docx: await openDocx(bytes), zip: await JSZip.loadAsync(bytes) };
}

describe('the report a partner would send', () => {
  let origin: OpenedDocx;
  let zip: JSZip;

  beforeAll(async () => {
    const options = reportOptionsSchema.parse({
      firmName: 'Whitfield Consulting',
      version: '0.3',
      status: 'draft',
      language: 'en-US',
    });
    ({ docx: origin, zip } = await open(originWorkshop(), options));
  });

  it('opens with a headline and three key messages, each with its figure, in calendar time', () => {
    const summary = origin.text.slice(origin.text.indexOf('Executive summary'));
    expect(summary).toContain('The servers changed to virtual servers; the process did not');
    const tiles = tables(origin.document).find((t) => t[0]!.length === 3 && t[0]![0]!.startsWith('4 weeks'));
    expect(tiles?.[0]).toEqual([
      '4 weeks\nA request now takes 4 weeks from start to finish, against 8 weeks before; the design promised 3 days.',
      expect.stringMatching(/^5 steps\n/),
      expect.stringMatching(/^1\.5 working days\n/),
    ]);
    expect(summary).toContain('Lead times are elapsed calendar time (five working days a week)');
    const recommendations = tables(origin.document).find((t) => t[0]!.join() === 'Recommendation,Owner,By');
    expect(recommendations?.[1]).toEqual([
      'Retire the hardware form for virtual requests.',
      'Mary Adams',
      '15 December 2026',
    ]);
  });

  it('has a cover with firm, client, title, date, version and status, and sets its core properties', async () => {
    for (const text of [
      'Whitfield Consulting',
      'Prepared for Northwind IT',
      'Application deployment after virtualization',
      'Workshop held on 24 November 2026',
      'Version 0.3 · Draft for discussion',
    ])
      expect(origin.text).toContain(text);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:creator>Glenn Whitfield</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Glenn Whitfield</cp:lastModifiedBy>');
    expect(/<w:docDefaults>.*<w:lang w:val="en-US"\/>.*<\/w:docDefaults>/s.test(origin.styles)).toBe(true);
  });

  it('writes the contents with an entry and a link for every chapter, before Word updates it', () => {
    const toc = /<w:sdt>.*?TOC \\h.*?<\/w:sdt>/s.exec(origin.document)![0];
    const entries = [...toc.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"[^>]*>(.*?)<\/w:hyperlink>/gs)].map(
      (m) => ({ anchor: m[1]!, text: runText(m[2]!.replace(/<w:instrText.*?<\/w:instrText>/gs, '')).trim() }),
    );
    const chapters = headings(origin.document)
      .filter((h) => h.level === 1)
      .map((h) => h.text);
    for (const chapter of chapters) expect(entries.map((e) => e.text)).toContain(chapter);
    for (const { anchor } of entries) expect(origin.document).toContain(`w:name="${anchor}"`);
  });

  it('draws its diagrams as SVG with a PNG fallback', async () => {
    const svgs = Object.keys(zip.files).filter((n) => /^word\/media\/.*\.svg$/.test(n));
    const pngs = Object.keys(zip.files).filter((n) => /^word\/media\/.*\.png$/.test(n));
    // Three maps, the time chart and the states side by side; the summary and the comparison show
    // the same chart, which the file holds once.
    expect(svgs).toHaveLength(5);
    expect(pngs.length).toBeGreaterThanOrEqual(5);
    expect(origin.document.match(/<asvg:svgBlip [^>]*r:embed="[^"]+"/g)).toHaveLength(6);
    const svg = await zip.file(svgs[0]!)!.async('string');
    expect(svg.startsWith('<svg')).toBe(true);
  });

  it('leaves out empty chapters and empty columns for a workshop imported from CSV', async () => {
    const { docx } = await open(importedWorkshop());
    const chapters = headings(docx.document)
      .filter((h) => h.level === 1)
      .map((h) => h.text);
    expect(chapters).not.toContain('Findings');
    expect(chapters).not.toContain('Recommendations and actions');
    expect(chapters).not.toContain('Parking lot and decisions');
    expect(docx.text).not.toMatch(/No findings were recorded|No recommendations or actions were recorded/);
    expect(emptyHeadings(docx.document)).toEqual([]);
    for (const table of tables(docx.document)) {
      const [header, ...rows] = table;
      if (rows.length === 0) continue;
      header!.forEach((title, i) => {
        const filled = rows.some((r) => (r[i] ?? '').trim() !== '');
        expect(filled, `column "${title}" is empty in every row`).toBe(true);
      });
    }
    const titles = tables(docx.document).flatMap((t) => t[0]!);
    for (const empty of ['Automation', 'Value', '%C&A', 'Notes']) expect(titles).not.toContain(empty);
  });
});
