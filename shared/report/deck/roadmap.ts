import { textWidth } from '../../diagram/text.js';
import type { ActionItem } from '../../domain/room.js';
import { formatDate, plural } from '../format.js';
import type { DateFormat } from '../options.js';
import { planRoadmap, roadmapLines } from '../roadmap.js';

/** The roadmap slide's grid in inches and points: the writer draws it with these sizes. */
export const ROADMAP_GRID = {
  width: 12.13,
  height: 5.2,
  ownerWidth: 2.2,
  header: 0.45,
  fontSize: 12,
  /** A line of 12 pt text with its leading, and a cell's margin on each side, in inches. */
  line: 0.19,
  margin: 0.06,
  /** Above and below a cell's lines, in inches. */
  padding: 0.12,
} as const;
/** The first line of an action, and the lines that carry it on, indented to match. */
export const BULLET = '• ';
export const HANG = '\u2002 ';
/** At most four columns of periods, "No date yet" among them. */
const COLUMNS = 4;
const ROWS = 5;
const MAX_LINES = 6;
const LINES_AN_ACTION = 2;

export interface DeckRoadmap {
  /** Column heads: the periods, in time order. */
  periods: string[];
  /** One row an owner (the last may gather the owners that do not fit), a cell a period. */
  rows: { owner: string; count: string; cells: string[][]; height: number }[];
}

/** A cell's lines: whole actions while they fit, then "+ 3 more" for the rest. */
function fill(actions: readonly string[][], cap: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (; i < actions.length; i++) {
    const reserve = i < actions.length - 1 ? 1 : 0;
    if (out.length + actions[i]!.length + reserve > cap) break;
    out.push(...actions[i]!);
  }
  if (i < actions.length) out.push(`+ ${actions.length - i} more`);
  return out;
}

/**
 * The roadmap on one slide: owners down, periods across, each cell the actions that fit (two
 * lines each at most) and "+ 3 more" for the rest, so every open action is either named or
 * counted and nothing runs out of its cell. The speaker notes list every one.
 */
export function deckRoadmap(
  actions: readonly ActionItem[],
  refs: ReadonlyMap<string, string>,
  format: DateFormat,
): DeckRoadmap | null {
  const undated = actions.some((a) => a.dueDate === null && a.status !== 'done' && a.status !== 'dropped');
  const plan = planRoadmap(actions, COLUMNS - (undated ? 1 : 0), format);
  if (plan.owners.length === 0) return null;
  const keys = [...new Set(plan.owners.flatMap((o) => o.groups.map((g) => g.period.key)))].sort();
  const labels = new Map(plan.owners.flatMap((o) => o.groups.map((g) => [g.period.key, g.period.label])));
  const shown = plan.owners.length > ROWS ? plan.owners.slice(0, ROWS - 1) : plan.owners;
  const others = plan.owners.slice(shown.length);
  const g = ROADMAP_GRID;
  const rowCount = shown.length + (others.length ? 1 : 0);
  const cap = Math.max(
    2,
    Math.min(MAX_LINES, Math.floor(((g.height - g.header) / rowCount - g.padding) / g.line)),
  );
  const width =
    ((g.width - g.ownerWidth) / keys.length - 2 * g.margin) * 72 - textWidth(BULLET, g.fontSize) - 4;
  const lines = (a: ActionItem) =>
    roadmapLines(
      a.title,
      (a.findingId && refs.get(a.findingId)) || '',
      width,
      g.fontSize,
      LINES_AN_ACTION,
    ).map((l, i) => (i === 0 ? BULLET : HANG) + l);
  const height = (cells: string[][]) => Math.max(2, ...cells.map((c) => c.length)) * g.line + g.padding;
  const rows = shown.map((o) => {
    const cells = keys.map((k) =>
      fill((o.groups.find((gr) => gr.period.key === k)?.actions ?? []).map(lines), cap),
    );
    return { owner: o.name, count: plural(o.count, 'action'), cells, height: height(cells) };
  });
  if (others.length) {
    const count = (k: string) =>
      others.reduce((n, o) => n + (o.groups.find((gr) => gr.period.key === k)?.actions.length ?? 0), 0);
    const cells = keys.map((k) => (count(k) ? [plural(count(k), 'action')] : []));
    rows.push({
      owner: plural(others.length, 'other owner'),
      count: plural(
        others.reduce((n, o) => n + o.count, 0),
        'action',
      ),
      cells,
      height: height(cells),
    });
  }
  return { periods: keys.map((k) => labels.get(k)!), rows };
}

/** The speaker notes: every open action by owner, with its due date and the finding it answers. */
export function roadmapNotes(
  actions: readonly ActionItem[],
  refs: ReadonlyMap<string, string>,
  format: DateFormat,
): string {
  return planRoadmap(actions, COLUMNS, format)
    .owners.map((o) =>
      [
        `${o.name}:`,
        ...o.groups.flatMap((g) =>
          g.actions.map((a) => {
            const ref = a.findingId ? refs.get(a.findingId) : undefined;
            return `${a.title}${ref ? ` (${ref})` : ''}, ${formatDate(a.dueDate, format) || 'no date yet'}`;
          }),
        ),
      ].join('\n'),
    )
    .join('\n\n');
}
