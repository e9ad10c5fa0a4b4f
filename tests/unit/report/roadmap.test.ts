import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../electron/core/report/generate.js';
import { textWidth } from '../../../shared/diagram/text.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { buildReportModel } from '../../../shared/report/build.js';
import { defaultReportOptions } from '../../../shared/report/options.js';
import { periodUnit } from '../../../shared/report/roadmap-periods.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { gridTables, openDocx, tables } from './docx-reader.js';
import { actionsWorkshop, bigWorkshop } from './workshops.js';

const options = defaultReportOptions();
/** The table text size and a cell's side margins in points, as the report's table style has them. */
const SIZE = 8.5;
const MARGINS = 9;
const number = (line: string) => /^(?:A|Action )(\d+)[.:]/.exec(line)?.[1];
const open = (data: WorkshopData) =>
  data.actions.filter((a) => a.status !== 'done' && a.status !== 'dropped');

async function roadmapOf(data: WorkshopData) {
  const docx = await openDocx(await renderReport({ data, options, summaryText: null }));
  const table = gridTables(docx.document).find((t) => t.rows[0]?.[0]?.lines[0] === 'Owner and due');
  const register = tables(docx.document).find((t) => t[0]?.includes('Answers finding'));
  return { rows: table!.rows.slice(1), register: register ?? [] };
}

const cases: [string, () => WorkshopData][] = [
  [
    'the bench workshop, 60 actions for three owners on one date',
    () => bigWorkshop({ steps: 30, lanes: 4, findings: 6, actions: 60 }),
  ],
  [
    '20 actions for one owner in one month, and some with no date or no owner',
    () => actionsWorkshop({ crowd: 20, crowdDates: 20 }),
  ],
  ['20 actions for one owner on one day', () => actionsWorkshop({ crowd: 20, crowdDates: 1 })],
  ['13 actions for one owner on one day', () => actionsWorkshop({ crowd: 13, crowdDates: 1 })],
  ['7 actions for one owner on one day', () => actionsWorkshop({ crowd: 7, crowdDates: 1 })],
];

describe('the roadmap by owner and due date', () => {
  it.each(cases)('%s: no cell over six lines, none wraps, every open action once', async (_, make) => {
    const data = make();
    const { rows } = await roadmapOf(data);
    for (const row of rows) {
      expect(row[0]!.lines.length).toBeLessThanOrEqual(3);
      for (const cell of row.slice(1)) {
        expect(cell.lines.length).toBeLessThanOrEqual(6);
        // Each line fits its cell, so six lines print as six.
        for (const line of cell.lines)
          expect(textWidth(line, SIZE)).toBeLessThanOrEqual(cell.width / 20 - MARGINS);
      }
    }
    const listed = rows.flatMap((r) => r.slice(1).flatMap((c) => c.lines.map(number)));
    const expected = open(data).map((a) => number(a.title));
    expect(listed.sort()).toEqual(expected.sort());
    // The model says the same by id.
    const model = buildReportModel(data, options);
    const section = model.sections.find((s) => s.kind === 'actions');
    const ids = section?.kind === 'actions' ? section.roadmap!.items.flatMap((r) => r.ids) : [];
    expect(ids.sort()).toEqual(
      open(data)
        .map((a) => a.id)
        .sort(),
    );
  });

  it('puts actions over nine months by quarter, those without a date last for their owner and those without an owner last', async () => {
    const data = actionsWorkshop({ crowd: 20, crowdDates: 20 });
    const { rows, register } = await roadmapOf(data);
    const leads = rows.map((r) => r[0]!.lines).filter((l) => l.length > 0);
    // Twelve actions spread over nine months go by quarter: the twenty in March share Q1.
    expect(leads.map((l) => l[1])).toContain('Q1 2027 (Jan–Mar)');
    expect(leads[leads.length - 1]).toEqual(['No owner yet', 'No date yet']);
    for (const owner of ['Raj Patel', 'Lena Fischer', 'Mary Adams']) {
      const own = leads.filter((l) => l[0] === owner);
      expect(own[own.length - 1]![1]).toBe('No date yet');
    }
    // Mary Adams' twenty in Q1 run in two cells a row, on two rows; the second leaves
    // owner and period blank, as a list carried on does.
    const mary = rows.findIndex((r) => r[0]!.lines.join(' ') === 'Mary Adams Q1 2027 (Jan–Mar)');
    expect(rows[mary]!.length).toBe(3);
    expect(rows[mary + 1]![0]!.lines).toEqual([]);
    // The finding each action answers, as the findings are numbered.
    expect(rows.flatMap((r) => r.slice(1).flatMap((c) => c.lines)).some((l) => /\(F\d\)$/.test(l))).toBe(
      true,
    );
    // The action done is in the register only, which still says which finding each action answers.
    const done = data.actions.find((a) => a.status === 'done')!;
    expect(rows.flatMap((r) => r.slice(1).flatMap((c) => c.lines)).map(number)).not.toContain(
      number(done.title),
    );
    expect(register.slice(1).map((r) => r[1])).toContain(done.title);
    expect(register.slice(1).filter((r) => /^F\d /.test(r[6] ?? '')).length).toBe(
      data.actions.filter((a) => a.findingId).length,
    );
  });

  it('puts a crowded month by week', async () => {
    const data = actionsWorkshop({ crowd: 20, crowdDates: 20 });
    data.actions = data.actions.filter((a) => a.owner === 'Mary Adams' && a.dueDate?.startsWith('2027-03'));
    const { rows } = await roadmapOf(data);
    expect(rows.map((r) => r[0]!.lines[1]).filter(Boolean)).toEqual([
      'Week of 1 March 2027',
      'Week of 8 March 2027',
      'Week of 15 March 2027',
    ]);
  });

  it('keeps the origin story’s two actions in one column, each titled in full', async () => {
    const { rows } = await roadmapOf(originWorkshop());
    expect(rows.map((r) => r.length)).toEqual([2, 2]);
    expect(rows[0]![1]!.lines).toEqual(['Publish the self-service request in the portal (F2)']);
  });

  it('chooses its periods from the spread of the due dates', () => {
    const unit = (dates: (string | null)[]) => periodUnit(dates, 6, 'd MMMM yyyy');
    expect(unit(['2027-01-31', '2027-01-31', null])).toBe('day');
    const march = Array.from({ length: 20 }, (_, i) => `2027-03-${String(i + 2).padStart(2, '0')}`);
    expect(unit(march)).toBe('week');
    expect(
      unit([
        '2027-01-05',
        '2027-02-05',
        '2027-03-09',
        '2027-05-20',
        '2027-06-30',
        '2027-06-01',
        '2027-04-11',
      ]),
    ).toBe('month');
    expect(
      unit([
        '2027-01-05',
        '2027-04-05',
        '2027-08-09',
        '2027-09-20',
        '2027-11-30',
        '2028-02-01',
        '2027-12-11',
      ]),
    ).toBe('quarter');
    const years = ['2027', '2028', '2029', '2030'].flatMap((y) => [`${y}-01-05`, `${y}-07-05`]);
    expect(unit(years)).toBe('year');
  });
});
