import type { ActionItem } from '../domain/room.js';
import { type BuildContext, part } from './context.js';
import { plural } from './format.js';
import type { Part, RoadmapRow } from './model.js';
import { contentSize } from './page.js';
import { balancedRuns, planRoadmap, roadmapLine } from './roadmap.js';
import type { PeriodUnit } from './roadmap-periods.js';

/** The roadmap table's columns, as shares of the page's width (the Word writer uses the same). */
export const ROADMAP_SHARES = { lead: 1.6, actions: 3.2, more: 3.2 } as const;
/** A cell lists at most this many actions; a row two such cells side by side. */
export const ROADMAP_CELL_LINES = 6;
/** A period's list of up to this many rows is kept on one page. */
const KEPT_RUNS = 4;
/** At most this many periods: a roadmap read in print, not a calendar. */
const PERIODS = 6;
/** The table's text size and a cell's side margins, in points (the Word table style's). */
const TEXT_SIZE = 8.5;
const CELL_MARGINS = 9;

const UNIT_WORDS: Record<PeriodUnit, string> = {
  day: 'due date',
  week: 'week of the due date',
  month: 'month of the due date',
  quarter: 'quarter of the due date',
  year: 'year of the due date',
};

function note(open: number, closed: number, unit: PeriodUnit, answered: boolean): string | null {
  if (open === 0) return null;
  return [
    `${plural(open, 'open action')} by owner and ${UNIT_WORDS[unit]}`,
    answered ? ', with the finding each answers (F1 … as numbered under Findings)' : '',
    '. The action register below has them in full',
    closed ? `, and the ${closed} done or dropped` : '',
    '.',
  ].join('');
}

/**
 * The roadmap: open actions by owner and period of due date, one line an action (its short title
 * and the finding it answers), at most six lines a cell. A period with more than six actions
 * lists them in two cells side by side, and past twelve carries on in the next rows.
 */
export function roadmapPart(
  ctx: BuildContext,
  actions: readonly ActionItem[],
  refs: ReadonlyMap<string, string>,
): { roadmap: Part<RoadmapRow> | null; note: string | null } {
  const plan = planRoadmap(actions, PERIODS, ctx.options.dateFormat);
  const max = ROADMAP_CELL_LINES;
  // Two cells a row only where some period needs them; else the second column is left out.
  const twoUp = plan.owners.some((o) => o.groups.some((g) => g.actions.length > max));
  const s = ROADMAP_SHARES;
  const page = contentSize(ctx.options.paper, false).width;
  const total = s.lead + s.actions + (twoUp ? s.more : 0);
  // A list of up to six spans both cells of a two-cell row: its titles have the whole width.
  const whole = (page * (total - s.lead)) / total - CELL_MARGINS - 2;
  const half = (page * s.actions) / total - CELL_MARGINS - 2;
  const line = (width: number) => (a: ActionItem) =>
    roadmapLine(a.title, (a.findingId && refs.get(a.findingId)) || '', width, TEXT_SIZE);
  const rows: RoadmapRow[] = plan.owners.flatMap((owner) =>
    owner.groups.flatMap((group) => {
      const runs = balancedRuns(group.actions, twoUp ? 2 * max : max);
      // A list split over rows stays on one page when it is short enough to, and then its
      // following rows leave the owner and the period blank, as a list carried on does.
      const together = runs.length <= KEPT_RUNS;
      return runs.map((run, ri): RoadmapRow => {
        const [left = [], right = []] = balancedRuns(run, max);
        const carried = ri > 0 && together;
        return {
          lead: carried ? [] : [owner.name, group.period.label, ...(ri > 0 ? ['(continued)'] : [])],
          actions: left.map(line(right.length ? half : whole)),
          more: right.map(line(half)),
          ids: [...left, ...right].map((a) => a.id),
          keepWithNext: together && ri < runs.length - 1,
        };
      });
    }),
  );
  const open = plan.owners.reduce((n, o) => n + o.count, 0);
  const answered = actions.some((a) => a.findingId && refs.has(a.findingId));
  return {
    roadmap: part(ctx, 'Roadmap by owner and due date', rows, 'No open actions.'),
    note: note(open, plan.closed, plan.unit, answered),
  };
}
