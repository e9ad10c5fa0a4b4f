import { MAP_STATES, type MapState } from '../domain/types.js';
import { type BuildContext, stepRef } from './context.js';
import { REPORT_METRICS, unrecordedMeasures } from './measures.js';
import type { AlignedRow, SectionOf } from './model.js';
import { contentSize } from './page.js';
import { sideBySideImage } from './build-side-by-side.js';
import { clientMeasureRows } from './story/measures.js';
import { timeChart } from './story/time-chart.js';

export type Ids = Record<MapState, string[]>;

const EVIDENCE_LINES = 8;

/** Step ids of corresponding steps side by side, in actual's flow, with what was planned but not done slotted in. */
export function alignedIds(ctx: BuildContext): Ids[] {
  const { correspondence, statuses } = ctx.comparison;
  const rows: Ids[] = [];
  const placed = new Set<string>();
  const counterparts = (id: string) => correspondence.byStep[id]?.counterparts;
  for (const id of statuses.order.actual) {
    const cp = counterparts(id);
    rows.push({ current: cp?.current ?? [], future: cp?.future ?? [], actual: [id] });
    [id, ...(cp?.current ?? []), ...(cp?.future ?? [])].forEach((s) => placed.add(s));
  }
  for (const state of ['future', 'current'] as const) {
    const order = statuses.order[state];
    order.forEach((id, i) => {
      if (placed.has(id)) return;
      const cp = counterparts(id);
      const row: Ids = { current: [], future: [], actual: [], ...(cp ?? {}) };
      row[state] = [id];
      if (state === 'current') row.future = row.future.filter((f) => !placed.has(f));
      const before = new Set(order.slice(0, i));
      let at = 0;
      rows.forEach((r, ri) => {
        if (r[state].some((s) => before.has(s))) at = ri + 1;
      });
      rows.splice(at, 0, row);
      [id, ...row.current, ...row.future].forEach((s) => placed.add(s));
    });
  }
  return rows;
}

/** The aligned rows as text, with the status of the row's lead step. */
export function alignedRows(ctx: BuildContext): AlignedRow[] {
  const { statuses } = ctx.comparison;
  return alignedIds(ctx).map((r) => {
    const lead = r.actual[0] ?? r.future[0] ?? r.current[0];
    const status = lead ? statuses.byStep[lead] : undefined;
    const cell = (ids: string[]) => ids.map((id) => stepRef(ctx, id, false)).join('; ');
    return {
      current: cell(r.current),
      future: cell(r.future),
      actual: cell(r.actual),
      // The step's own label: it carries the technology side beside the process status.
      status: status?.label ?? '',
    };
  });
}

/** Draft warning while the comparison rests on unreviewed automatic matches or undecided steps. */
export function reviewNote(ctx: BuildContext): string | null {
  const { review } = ctx.comparison;
  if (review.reviewed) return null;
  const parts: string[] = [];
  if (review.automatic > 0)
    parts.push(
      `${review.automatic} step ${review.automatic === 1 ? 'match was' : 'matches were'} made automatically and not yet reviewed`,
    );
  if (review.undecided > 0)
    parts.push(
      `${review.undecided} ${review.undecided === 1 ? 'step has' : 'steps have'} no counterpart but a possible one is suggested`,
    );
  return `Draft: ${parts.join('; ')}. The statuses and figures below rest on them until the facilitator reviews them in Compare.`;
}

function figuresLine(ctx: BuildContext): string {
  const { verdict } = ctx.comparison;
  const pct = (value: number | null) => (value === null ? 'no figure' : `${value} %`);
  return `Process change realized: ${pct(verdict.percent)}. Technology change realized: ${pct(verdict.technology.percent)}.`;
}

export function comparisonSection(ctx: BuildContext): SectionOf<'comparison'> | null {
  const heading = 'Comparison';
  const empty = MAP_STATES.every((s) => ctx.data.maps[s].steps.length === 0);
  if (empty) {
    if (ctx.options.emptySections === 'omit') return null;
    const note = 'There is nothing to compare: no steps were mapped.';
    return {
      kind: 'comparison',
      heading,
      note,
      draft: null,
      verdict: { heading: '', items: [], empty: '' },
      sideBySide: null,
      measures: null,
      chart: null,
    };
  }
  const { verdict } = ctx.comparison;
  const grid = sideBySideImage(ctx);
  const unrecorded = unrecordedMeasures(ctx.comparison.metrics);
  const shown = REPORT_METRICS.filter((k) => !unrecorded.keys.includes(k));
  // The summary's chart, in the summary's units: a figure quoted there reads the same here.
  const width = Math.min(400, Math.floor(contentSize(ctx.options.paper, false).width));
  const chart = timeChart(ctx.comparison, ctx.hours, width, 'time-chart');
  return {
    kind: 'comparison',
    heading,
    note: null,
    draft: reviewNote(ctx),
    verdict: {
      heading: 'Change realized',
      items: [verdict.sentence, figuresLine(ctx), ...verdict.evidence.lines.slice(0, EVIDENCE_LINES)],
      empty: '',
    },
    sideBySide: grid ? { heading: 'Side by side', items: [grid], empty: '' } : null,
    measures: {
      heading: 'Measures',
      items: clientMeasureRows(ctx.comparison, ctx.hours, shown),
      empty: '',
    },
    unrecorded: unrecorded.note,
    chart: chart ? { heading: 'Lead time and process time', items: [chart], empty: '' } : null,
  };
}
