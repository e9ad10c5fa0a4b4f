import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/build.js';
import { defaultReportOptions, reportOptionsSchema } from '../../../shared/report/options.js';
import { outlineOf, reportOutline } from '../../../shared/report/outline.js';
import { parseSummary } from '../../../shared/report/summary.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { emptyWorkshop } from './workshops.js';

const level1 = (entries: { level: number; text: string }[]) =>
  entries.filter((e) => e.level === 1).map((e) => e.text);

describe('report model', () => {
  it('outlines every section of the origin workshop in print order', () => {
    const outline = reportOutline(originWorkshop(), defaultReportOptions());
    expect(outline.filter((e) => e.level === 0).map((e) => e.text)).toEqual(['Cover page', 'Contents']);
    expect(level1(outline)).toEqual([
      'Executive summary',
      'Objectives and attendees',
      'Method',
      'Current state',
      'Future state',
      'Actual state',
      'Comparison',
      'Findings',
      'Recommendations and actions',
      'Parking lot and decisions',
      'Appendix',
    ]);
    // Findings are grouped by category; categories without findings get no heading.
    const findings = outline.findIndex((e) => e.text === 'Findings');
    // Each finding is told under its own numbered heading, numbered in the order told.
    expect(outline.slice(findings + 1, findings + 5).map((e) => e.text)).toEqual([
      'People',
      'F1. Configuration is still manual',
      'Process',
      'F2. Hardware request form is still used for virtual machines',
    ]);
    expect(outline.some((e) => e.text === 'Technology')).toBe(false);
  });

  it('leaves out switched-off sections', () => {
    const options = reportOptionsSchema.parse({ sections: ['summary', 'actual', 'findings'] });
    expect(level1(reportOutline(originWorkshop(), options))).toEqual([
      'Executive summary',
      'Actual state',
      'Findings',
    ]);
  });

  it('says in a sentence when a section is empty, never an empty heading', () => {
    const model = buildReportModel(emptyWorkshop(), reportOptionsSchema.parse({ emptySections: 'note' }));
    const notes = Object.fromEntries(
      model.sections.flatMap((s) => ('note' in s && s.note !== null ? [[s.heading, s.note]] : [])),
    );
    expect(notes).toMatchObject({
      'Current state': 'No steps were mapped for the current state.',
      Comparison: 'There is nothing to compare: no steps were mapped.',
      Findings: 'No findings were recorded.',
      'Recommendations and actions': 'No recommendations or actions were recorded.',
      'Parking lot and decisions': 'No parking-lot items or decisions were recorded.',
    });
    // A noted section has no sub-headings.
    const outline = outlineOf(model);
    const parking = outline.findIndex((e) => e.text === 'Parking lot and decisions');
    expect(outline[parking + 1]!.level).toBe(1);
  });

  it('omits empty sections when the options say so', () => {
    const options = defaultReportOptions();
    const empty = reportOutline(emptyWorkshop(), options);
    expect(level1(empty.filter((e) => !e.omitted))).toEqual([
      'Executive summary',
      'Objectives and attendees',
      'Method',
      'Appendix',
    ]);
    // The outline says what is left out, and why.
    expect(empty.filter((e) => e.omitted)).toContainEqual({
      level: 1,
      text: 'Findings',
      omitted: 'no findings were recorded',
    });
    expect(empty.filter((e) => e.omitted).map((e) => e.text)).toEqual([
      'Current state',
      'Future state',
      'Actual state',
      'Comparison',
      'Findings',
      'Recommendations and actions',
      'Parking lot and decisions',
    ]);
    const partial = { ...originWorkshop(), parkingLot: [] };
    const outline = reportOutline(partial, options);
    const parking = outline.findIndex((e) => e.text === 'Parking lot and decisions');
    expect(outline[parking + 1]).toEqual({ level: 2, text: 'Decisions' });
  });

  it('prints an edited summary as written, with bullets', () => {
    const model = buildReportModel(originWorkshop(), defaultReportOptions(), {
      summaryText: 'We found the process unchanged.\n\nNext steps:\n- Retire the form\n- Train the team',
    });
    const summary = model.sections.find((s) => s.kind === 'summary');
    expect(summary && 'blocks' in summary ? summary.blocks : null).toEqual([
      { type: 'paragraph', text: 'We found the process unchanged.' },
      { type: 'paragraph', text: 'Next steps:' },
      { type: 'bullets', items: ['Retire the form', 'Train the team'] },
    ]);
    expect(parseSummary('  \n\n ')).toEqual([]);
  });

  it('lines up corresponding steps with their status in the appendix, planned steps not done slotted in', () => {
    const model = buildReportModel(originWorkshop(), defaultReportOptions());
    const appendix = model.sections.find((s) => s.kind === 'appendix');
    const rows = appendix && 'aligned' in appendix ? appendix.aligned!.items : [];
    expect(rows[0]).toMatchObject({
      current: '1. Submit hardware request form',
      actual: '1. Submit hardware request form',
    });
    expect(rows.find((r) => r.future === '2. Provision VM from template')).toMatchObject({
      actual: '',
      status: 'Not adopted in actual',
    });
    expect(rows.find((r) => r.current === '5. Rack and install OS')).toMatchObject({
      status: 'Retired in actual',
    });
    // Every step of every state appears in the table.
    for (const [state, key] of [
      ['current', 'current'],
      ['future', 'future'],
      ['actual', 'actual'],
    ] as const) {
      const shown = rows.flatMap((r) => r[key].split('; ')).filter(Boolean);
      expect(new Set(shown).size).toBe(originWorkshop().maps[state].steps.length);
    }
  });
});
