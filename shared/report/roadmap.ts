import { textWidth, wrapText } from '../diagram/text.js';
import type { ActionItem } from '../domain/room.js';
import type { DateFormat } from './options.js';
import { type Period, type PeriodUnit, periodOf, periodUnit } from './roadmap-periods.js';

/**
 * The roadmap's plan, shared by the report and the deck: open actions by owner (the earliest due
 * first, nobody's last), each owner's by period of due date, the periods chosen from the spread of
 * the dates so that there are only a few.
 */
export interface RoadmapPlan {
  unit: PeriodUnit;
  owners: { name: string; count: number; groups: { period: Period; actions: ActionItem[] }[] }[];
  /** Actions done or dropped: not on a roadmap, still in the register. */
  closed: number;
}

export const NO_OWNER = 'No owner yet';

const RANK = { high: 0, medium: 1, low: 2 } as const;
const isOpen = (a: ActionItem) => a.status !== 'done' && a.status !== 'dropped';
const due = (a: ActionItem) => a.dueDate ?? '~';
/** Code-unit order, so that '~' (no date) sorts after every date; localeCompare puts it first. */
const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byDue(a: ActionItem, b: ActionItem): number {
  return ordinal(due(a), due(b)) || RANK[a.priority] - RANK[b.priority] || a.position - b.position;
}

export function planRoadmap(
  actions: readonly ActionItem[],
  maxPeriods: number,
  format: DateFormat,
): RoadmapPlan {
  const open = actions.filter(isOpen).sort(byDue);
  const unit = periodUnit(
    open.map((a) => a.dueDate),
    maxPeriods,
    format,
  );
  const byOwner = new Map<string, ActionItem[]>();
  for (const a of open) {
    const owner = a.owner.trim() || NO_OWNER;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), a]);
  }
  const owners = [...byOwner]
    // Sorted, so the owner's first action is their earliest; Map order keeps the earliest owner first.
    .sort(([a], [b]) => Number(a === NO_OWNER) - Number(b === NO_OWNER))
    .map(([name, list]) => {
      const groups = new Map<string, { period: Period; actions: ActionItem[] }>();
      for (const a of list) {
        const period = periodOf(a.dueDate, unit, format);
        const group = groups.get(period.key) ?? { period, actions: [] };
        group.actions.push(a);
        groups.set(period.key, group);
      }
      const sorted = [...groups.values()].sort((a, b) => ordinal(a.period.key, b.period.key));
      return { name, count: list.length, groups: sorted };
    });
  return { unit, owners, closed: actions.length - open.length };
}

/** Items in runs of at most `max`, as even as can be: 20 by 6 are 5, 5, 5, 5 rather than 6, 6, 6, 2. */
export function balancedRuns<T>(items: readonly T[], max: number): T[][] {
  const runs = Math.max(1, Math.ceil(items.length / max));
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; i < runs; i++) {
    const size = Math.ceil((items.length - at) / (runs - i));
    out.push(items.slice(at, at + size));
    at += size;
  }
  return out;
}

/**
 * One line of a roadmap: the action's title, cut at a word (with "…") so that it and its finding
 * reference (" (F2)") fit `width` points of text at `size` points, so that it never wraps.
 */
export function roadmapLine(title: string, ref: string, width: number, size: number): string {
  const suffix = ref ? ` (${ref})` : '';
  const text = title.trim().replace(/\.$/, '');
  const fits = (t: string) => textWidth(t, size) <= width;
  if (fits(text + suffix)) return text + suffix;
  const words = text.split(/\s+/);
  while (words.length > 1) {
    words.pop();
    const cut = `${words.join(' ').replace(/[,;:–-]$/, '')}…${suffix}`;
    if (fits(cut)) return cut;
  }
  // One word too long for the line: cut it by characters.
  let cut = words[0] ?? '';
  while (cut.length > 1 && !fits(`${cut}…${suffix}`)) cut = cut.slice(0, -1);
  return `${cut}…${suffix}`;
}

/**
 * An action in up to `maxLines` lines of `width` points: the title wrapped, the last line cut with
 * "…" where it runs on, the finding reference always kept at the end.
 */
export function roadmapLines(
  title: string,
  ref: string,
  width: number,
  size: number,
  maxLines: number,
): string[] {
  const suffix = ref ? ` (${ref})` : '';
  const text = title.trim().replace(/\.$/, '');
  const whole = wrapText(text + suffix, width, size);
  if (whole.length <= maxLines) return whole;
  const head = wrapText(text, width, size).slice(0, maxLines - 1);
  const used = head.join(' ').split(/\s+/).length;
  const rest = text.split(/\s+/).slice(used).join(' ');
  return [...head, roadmapLine(rest, ref, width, size)];
}
