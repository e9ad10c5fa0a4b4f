import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDeck } from '../../../electron/core/deck/service.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { reportFindingNumbers } from '../../../shared/report/finding-story.js';
import { BULLET, deckRoadmap } from '../../../shared/report/deck/roadmap.js';
import { defaultReportOptions } from '../../../shared/report/options.js';
import { convertToPdf, hasPdfTools, pageCount } from '../../helpers/pdf.js';
import { tempDir } from '../../helpers/temp.js';
import { readPptx } from './pptx-reader.js';
import { actionsWorkshop, bigWorkshop } from './workshops.js';

const options = defaultReportOptions();
const open = (data: WorkshopData) =>
  data.actions.filter((a) => a.status !== 'done' && a.status !== 'dropped');

/** Seven owners: more than a slide has rows for. */
function manyOwners(): WorkshopData {
  const data = bigWorkshop({ steps: 12, lanes: 3, findings: 3, actions: 60 });
  const names = ['Mary Adams', 'Raj Patel', 'Lena Fischer', 'Tom Okafor', 'Ana Silva', 'Kenji Mori', ''];
  data.actions = data.actions.map((a, i) => ({
    ...a,
    owner: names[i % names.length]!,
    dueDate: i % 9 === 8 ? null : `2027-0${1 + (i % 6)}-1${i % 10}`,
  }));
  return data;
}

const cases: [string, () => WorkshopData][] = [
  ['the bench workshop (60 actions)', () => bigWorkshop({ steps: 12, lanes: 3, findings: 6, actions: 60 })],
  ['20 actions for one owner in one month', () => actionsWorkshop({ crowd: 20, crowdDates: 20 })],
  ['seven owners', manyOwners],
];

describe('the deck’s roadmap slide', () => {
  it.each(cases)('%s: every open action named or counted, no cell over six lines', (_, make) => {
    const data = make();
    const grid = deckRoadmap(data.actions, reportFindingNumbers(data.findings), options.dateFormat)!;
    expect(grid.periods.length).toBeLessThanOrEqual(4);
    expect(grid.rows.length).toBeLessThanOrEqual(5);
    let accounted = 0;
    for (const row of grid.rows)
      for (const cell of row.cells) {
        expect(cell.length).toBeLessThanOrEqual(6);
        for (const line of cell) {
          const more = /^\+ (\d+) more$/.exec(line) ?? /^(\d+) actions?$/.exec(line);
          if (more) accounted += Number(more[1]);
          else if (line.startsWith(BULLET)) accounted += 1;
        }
      }
    expect(accounted).toBe(open(data).length);
  });

  // Converting needs LibreOffice and poppler-utils (CI installs both).
  it.skipIf(!hasPdfTools)(
    'stays inside its slide in LibreOffice Impress, whatever the volume',
    async () => {
      for (const [name, make] of cases) {
        const file = join(tempDir(), `${name.replace(/\W+/g, '-')}.pptx`);
        const bytes = await renderDeck(make(), options);
        writeFileSync(file, bytes);
        const pdf = convertToPdf(file, 90_000);
        const last = pageCount(pdf);
        expect((await readPptx(bytes)).slides[last - 1]!.texts[0]).toBe('Roadmap');
        const html = execFileSync('pdftotext', ['-bbox', '-f', `${last}`, '-l', `${last}`, pdf, '-'], {
          encoding: 'utf8',
        });
        const words = [...html.matchAll(/yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
          y: Number(m[1]),
          text: m[2]!,
        }));
        // Below 6.9 in (the footer's band, 7.5 in a slide) only the footer: the firm, the client,
        // the title and the page number.
        const footer = `Northwind IT · Application deployment after virtualization ${last}`;
        const below = words.filter((w) => w.y > 6.9 * 72).map((w) => w.text);
        expect(below.length).toBeGreaterThan(0);
        for (const word of below) expect(footer.split(' ')).toContain(word);
        expect(words.some((w) => w.text === 'Owner')).toBe(true);
      }
    },
    240_000,
  );
});
