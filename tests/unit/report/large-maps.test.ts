import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/core/report/generate.js';
import { swimlaneInput } from '../../../shared/diagram/from-map.js';
import { type SwimlaneStep, swimlaneDiagram } from '../../../shared/diagram/swimlane.js';
import { textWidth } from '../../../shared/diagram/text.js';
import { buildReportModel } from '../../../shared/report/build.js';
import type { SectionOf } from '../../../shared/report/model.js';
import { reportOptionsSchema } from '../../../shared/report/options.js';
import { MAX_DETAIL_PARTS } from '../../../shared/report/build-states.js';
import { diagramBox } from '../../../shared/report/page.js';
import { convertToPdf, hasPdfTools, pageCount, pageTexts } from '../../helpers/pdf.js';
import { tempDir } from '../../helpers/temp.js';
import { underfilledPages } from './pages.js';
import { bigWorkshop } from './workshops.js';

function flow(
  count: number,
  lanes: number,
): { lanes: { id: string; name: string }[]; steps: SwimlaneStep[] } {
  return {
    lanes: Array.from({ length: lanes }, (_, i) => ({ id: `l${i}`, name: `Lane ${i + 1}` })),
    steps: Array.from({ length: count }, (_, i) => ({
      number: i + 1,
      laneId: `l${(i * 7) % lanes}`,
      title: `Check the request ${i + 1}`,
      kind: 'task' as const,
      detail: '30 min / 2 d',
      painPoints: 0,
    })),
  };
}

const stateSections = (steps: number, lanes = 12) => {
  const data = bigWorkshop({ steps, lanes, findings: 0, actions: 0 });
  const model = buildReportModel(data, reportOptionsSchema.parse({}));
  return model.sections.filter((s): s is SectionOf<'state'> => s.kind === 'state');
};

describe('large maps in the report', () => {
  it('never splits a map of ten steps that fits a landscape page', () => {
    const pages = swimlaneDiagram(flow(10, 4), diagramBox('a4', true));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.steps).toHaveLength(10);
    expect(pages[0]!.width).toBeLessThanOrEqual(diagramBox('a4', true).width);
  });

  it('cuts a long map into parts of balanced size, with every lane in the same order on each', () => {
    const input = flow(150, 12);
    const box = diagramBox('a4', true);
    const pages = swimlaneDiagram(input, box);
    expect(pages.length).toBeGreaterThan(1);
    const sizes = pages.map((p) => p.columns);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(pages.flatMap((p) => p.steps.map((s) => s.number))).toEqual(input.steps.map((s) => s.number));
    for (const p of pages) {
      expect(p.lanes).toEqual(input.lanes.map((l) => l.name));
      expect(p.height).toBeLessThanOrEqual(box.maxHeight);
      expect(p.width).toBeLessThanOrEqual(box.width);
    }
  });

  it('keeps the same lane order on every part of a real 150-step map, even lanes a part does not use', () => {
    const data = bigWorkshop({ steps: 150, lanes: 12, findings: 0, actions: 0 });
    const legendNote = 'Times: process / wait';
    const pages = swimlaneDiagram(swimlaneInput(data.maps.current, data.painPoints), {
      ...diagramBox('a4', false),
      legendNote,
    });
    const names = data.maps.current.lanes.map((l) => l.name);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(p.lanes).toEqual(names);
      // The legend's last words stay inside the picture.
      const x = Number(/<text x="([\d.]+)"[^>]*>Times: process/.exec(p.svg)![1]);
      expect(x + textWidth(legendNote, 8)).toBeLessThanOrEqual(p.width);
    }
    const sizes = pages.map((p) => p.columns);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('puts a one-page overview before the detail parts of a map that needs a few parts', () => {
    for (const section of stateSections(30)) {
      const items = section.diagram!.items;
      expect(items[0]!.key).toBe(`${section.state}-overview`);
      expect(items[0]!.caption).toContain('overview of all 30 steps');
      const box = diagramBox('a4', section.landscape);
      expect(items[0]!.height).toBeLessThanOrEqual(box.firstMaxHeight);
      expect(items[0]!.width).toBeLessThanOrEqual(box.width);
      const details = items.slice(1);
      expect(details.length).toBeGreaterThan(1);
      expect(details.length).toBeLessThanOrEqual(MAX_DETAIL_PARTS);
      expect(details.at(-1)!.caption).toContain(`part ${details.length} of ${details.length}`);
    }
  });

  it('prints a map too long for a few parts as its overview and the step table, text at 8 pt', () => {
    for (const section of stateSections(150)) {
      expect(section.landscape).toBe(false);
      const items = section.diagram!.items;
      expect(items).toHaveLength(1);
      expect(items[0]!.key).toBe(`${section.state}-overview`);
      expect(items[0]!.caption).toContain('overview of all 150 steps, numbered as in the step table');
      const box = diagramBox('a4', false);
      expect(items[0]!.height).toBeLessThanOrEqual(box.firstMaxHeight);
      expect(items[0]!.width).toBeLessThanOrEqual(box.width);
      // All 150 boxes, every lane named, and no text under 8 pt (the picture is printed at its drawn size).
      expect(items[0]!.svg.match(/<rect[^>]*stroke-width/g)).toHaveLength(150);
      expect(items[0]!.svg).toContain('>Team L support<');
      const sizes = [...items[0]!.svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
      expect(section.steps!.items).toHaveLength(150);
    }
  });

  it('turns a ten-step map in one lane sideways rather than split it', () => {
    for (const section of stateSections(10, 1)) {
      expect(section.landscape).toBe(true);
      expect(section.diagram!.items).toHaveLength(1);
      expect(section.diagram!.items[0]!.caption).toContain('swimlane diagram');
    }
  });

  it('draws no overview for a map that fits one page', () => {
    for (const section of stateSections(9, 5)) {
      expect(section.diagram!.items).toHaveLength(1);
      expect(section.diagram!.items[0]!.key).not.toContain('overview');
    }
  });

  // Converting needs LibreOffice and poppler-utils (CI installs both); without them there is nothing to run.
  it.skipIf(!hasPdfTools)(
    'prints the whole 3 × 150-step report in at most 45 pages, each overview on one page, none mostly blank',
    async () => {
      const dir = tempDir();
      const data = bigWorkshop({ steps: 150, lanes: 12, findings: 40, actions: 60 });
      const docx = join(dir, 'large.docx');
      const options = reportOptionsSchema.parse({ firmName: 'Whitfield Consulting' });
      writeFileSync(docx, await renderReport({ data, options, summaryText: null }));
      const pdf = convertToPdf(docx, 240_000);
      const pages = pageCount(pdf);
      expect(pages).toBeLessThanOrEqual(45);
      const text = pageTexts(pdf);
      // Each state's overview and its caption on the same page, after the chapter heading.
      for (const name of ['Current state', 'Future state', 'Actual state']) {
        const page = text.find((p) => p.includes(`${name}: overview of all 150 steps`));
        expect(page).toContain(`${name} The process`);
      }
      // The three states side by side on a page of their own, the full table in the appendix.
      expect(text.filter((p) => p.includes('Current, future and actual side by side'))).toHaveLength(1);
      expect(text.findIndex((p) => p.includes('Step by step Each row lines up'))).toBeGreaterThan(
        text.findIndex((p) => p.includes('Appendix Step details')),
      );
      expect(underfilledPages(pdf, buildReportModel(data, options))).toEqual([]);
    },
    300_000,
  );
});
