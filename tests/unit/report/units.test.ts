import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDeck } from '../../../electron/core/deck/service.js';
import { renderReport } from '../../../electron/core/report/generate.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { buildDeckModel } from '../../../shared/report/deck/build.js';
import { defaultReportOptions } from '../../../shared/report/options.js';
import { CALENDAR_NOTE } from '../../../shared/report/story/client-time.js';
import { TIME_CHART_CAPTION } from '../../../shared/report/story/time-chart.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { openDocx, tables } from './docx-reader.js';
import { readPptx } from './pptx-reader.js';
import { bigWorkshop } from './workshops.js';

const options = defaultReportOptions();
/** "39.1 d", "2 d": the working-day shorthand a client does not read. */
const WORKING_DAYS = /\b\d+(?:\.\d+)? d\b/;

/** The origin story with every wait a tenth as long: a lead time of days, not weeks. */
function shortWaits(): WorkshopData {
  const data = originWorkshop();
  for (const map of Object.values(data.maps))
    map.steps = map.steps.map((s) => ({
      ...s,
      waitMinutes: s.waitMinutes === null ? null : Math.round(s.waitMinutes / 10),
    }));
  return data;
}

const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

/** The summary's figures as its messages say them: lead time then, planned and now; effort the same. */
function figures(messages: string[]) {
  const lead = messages
    .map((m) => /takes (.+) from start to finish, against (.+) before; the design promised (.+)\./.exec(m))
    .find(Boolean)!;
  const effort = messages
    .map((m) => /Hands-on work per request is (.+) \(designed: (.+)\), against (.+) before\./.exec(m))
    .find(Boolean);
  return {
    lead: [lead[2]!, lead[3]!, lead[1]!],
    effort: effort ? [effort[3]!, effort[2]!, effort[1]!] : null,
  };
}

const cases: [string, () => WorkshopData, RegExp][] = [
  ['the origin story', originWorkshop, /^8 weeks$/],
  [
    'a 150-step process whose lead time runs to many weeks',
    () => bigWorkshop({ steps: 150, lanes: 12, findings: 4, actions: 4 }),
    /^\d+ weeks$/,
  ],
  ['the origin story with short waits, a lead time of days', shortWaits, /^\d+(\.5)? days$/],
];

describe('times in the summary’s units wherever the report and the deck print them', () => {
  it.each(cases)(
    '%s: the chart, its caption and the measures say what the summary says',
    async (_, make, current) => {
      const data = make();
      const bytes = await renderReport({ data, options, summaryText: null });
      const docx = await openDocx(bytes);
      const all = tables(docx.document);
      const tiles = all.find((t) => t[0]?.some((c) => c.includes('from start to finish')))!;
      const { lead, effort } = figures(tiles[0]!);
      expect(lead[0]).toMatch(current);

      // One chart, drawn in the summary and again in the comparison chapter, with its caption.
      const zip = await JSZip.loadAsync(bytes);
      const charts = await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /^word\/media\/.*\.svg$/.test(n))
          .map((n) => zip.file(n)!.async('string')),
      ).then((svgs) => svgs.filter((s) => s.includes('Lead time (calendar)')));
      expect(charts).toHaveLength(1);
      expect(docx.document.match(/descr="Bar chart of lead time and process time:/g)).toHaveLength(2);
      expect(docx.text.split(TIME_CHART_CAPTION)).toHaveLength(3);
      expect(docx.text).toContain(CALENDAR_NOTE);
      const texts = svgTexts(charts[0]!);
      expect(texts.slice(0, 2)).toEqual(['Lead time (calendar)', 'Process time (hands-on)']);
      const bars = [texts.slice(3, 5), texts.slice(6, 8), texts.slice(9, 11)];
      expect(texts[5]).toBe('Future (plan)');
      // Each bar begins with the summary's figure for it: "4 weeks (−4 weeks realized)".
      bars.forEach((bar, i) => {
        expect(bar[0]!.split(' (')[0]).toBe(lead[i]);
        if (effort) expect(bar[1]!.split(' (')[0]).toBe(effort[i]);
      });
      for (const text of texts) expect(text).not.toMatch(WORKING_DAYS);

      // The measures table: the same figures, the unit said once in the row's label.
      const measures = all.find((t) => t[0]?.[0] === 'Measure')!;
      const row = (label: string) => measures.find((r) => r[0] === label)!;
      expect(row('Lead time (calendar)').slice(1, 4)).toEqual(lead);
      if (effort) expect(row('Process time (hands-on)').slice(1, 4)).toEqual(effort);
      for (const r of measures) for (const cell of r) expect(cell).not.toMatch(WORKING_DAYS);
      // The step tables keep working time ("3 d") and say so once each, above the table.
      expect(
        docx.text.split('Times are working time, not calendar time: a day (d) is 8 working hours.'),
      ).toHaveLength(4);

      // The deck: the verdict's figure, the time slide's table and its chart agree with them.
      const deck = await readPptx(await renderDeck(data, options));
      expect(deck.slides[1]!.texts).toContain(lead[2]);
      const time = deck.slides.find((s) => s.texts[0] === 'Time: planned and realized')!;
      const at = time.texts.indexOf('Lead time (calendar)');
      expect(time.texts.slice(at + 1, at + 4)).toEqual(lead);
      const model = buildDeckModel(data, options);
      const slide = model.slides.find((s) => s.kind === 'measures');
      expect(slide?.kind === 'measures' && svgTexts(slide.chart.svg)).toEqual(texts);
    },
  );
});
