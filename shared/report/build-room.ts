import { FINDING_CATEGORIES, type FindingCategory } from '../domain/types.js';
import { type BuildContext, capitalize, part, stepRef } from './context.js';
import type { ActionItem } from '../domain/room.js';
import { findingNumbers, findingStories } from './finding-story.js';
import { formatDate, listText, plural } from './format.js';
import type { FindingRow, RoadmapRow, SectionOf } from './model.js';

const ACTION_STATUS: Record<string, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export function findingsSection(ctx: BuildContext): SectionOf<'findings'> | null {
  const heading = 'Findings';
  const findings = ctx.data.findings;
  if (findings.length === 0) {
    if (ctx.options.emptySections === 'omit') return null;
    return { kind: 'findings', heading, note: 'No findings were recorded.', intro: '', groups: [] };
  }
  const byCategory = (c: FindingCategory) => findings.filter((f) => f.category === c);
  const used = FINDING_CATEGORIES.filter((c) => byCategory(c).length > 0);
  const unused = FINDING_CATEGORIES.filter((c) => byCategory(c).length === 0);
  let intro =
    `The workshop recorded ${plural(findings.length, 'finding')}, grouped by what they are about: ` +
    `${listText(used.map((c) => `${byCategory(c).length} about ${c}`))}.`;
  if (unused.length && ctx.options.emptySections === 'note')
    intro += ` No ${listText(unused)} findings were recorded.`;
  // Numbered in the order the report tells them (by category), so "F2" reads the same everywhere.
  const ordered = used.flatMap(byCategory);
  const stories = new Map(
    findingStories(ctx.data, ordered, (id) => stepRef(ctx, id), ctx.options.dateFormat).map((s, i) => [
      ordered[i]!.id,
      s,
    ]),
  );
  const groups = used.map((category) => ({
    category,
    heading: capitalize(category),
    empty: '',
    items: byCategory(category).map((f): FindingRow => ({
      ...stories.get(f.id)!,
      rootCause: capitalize(f.rootCause),
      severity: capitalize(f.severity),
    })),
  }));
  return { kind: 'findings', heading, note: null, intro, groups };
}

/** Open actions by owner (the owner with the earliest due date first), each owner's by due date. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function roadmapOf(actions: readonly ActionItem[]): [string, ActionItem[]][] {
  const due = (a: ActionItem) => a.dueDate ?? '9999';
  const byOwner = new Map<string, ActionItem[]>();
  for (const a of actions.filter((x) => x.status !== 'done' && x.status !== 'dropped')) {
    const owner = a.owner.trim() || 'No owner yet';
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), a]);
  }
  return [...byOwner]
    .map(([owner, list]): [string, ActionItem[]] => [
      owner,
      list.sort((a, b) => due(a).localeCompare(due(b))),
    ])
    .sort((a, b) => due(a[1][0]!).localeCompare(due(b[1][0]!)));
}

export function actionsSection(ctx: BuildContext): SectionOf<'actions'> | null {
  const heading = 'Recommendations and actions';
  const { recommendations, actions, findings } = ctx.data;
  if (recommendations.length === 0 && actions.length === 0) {
    if (ctx.options.emptySections === 'omit') return null;
    const note = 'No recommendations or actions were recorded.';
    return { kind: 'actions', heading, note, recommendations: null, actions: null, roadmap: null };
  }
  const findingTitle = new Map(findings.map((f) => [f.id, f.title]));
  const ordered = FINDING_CATEGORIES.flatMap((c) => findings.filter((f) => f.category === c));
  const numbers = findingNumbers(ordered);
  const answers = (id: string | null) =>
    id && findingTitle.has(id) ? `${numbers.get(id)} ${findingTitle.get(id)}` : '';
  const dueText = (a: ActionItem) => formatDate(a.dueDate, ctx.options.dateFormat) || 'No date yet';
  // One row per owner and due date: a roadmap says who delivers what by when, not the register again.
  const roadmapRows: RoadmapRow[] = roadmapOf(actions).flatMap(([owner, list]) =>
    [...groupBy(list, dueText)].map(([due, same], i) => ({
      owner: i === 0 ? owner : '',
      due,
      action:
        same.length === 1 ? same[0]!.title : `${same.length} actions: ${same.map((a) => a.title).join('; ')}`,
      finding:
        same.length === 1
          ? answers(same[0]!.findingId)
          : [
              ...new Set(
                same.map((a) => (a.findingId ? (numbers.get(a.findingId) ?? '') : '')).filter(Boolean),
              ),
            ].join(', '),
    })),
  );
  return {
    kind: 'actions',
    heading,
    note: null,
    recommendations: part(
      ctx,
      'Recommendations',
      recommendations.map((r) => {
        const about = r.findingId ? findingTitle.get(r.findingId) : undefined;
        return about ? `${r.text} (Answers ${answers(r.findingId)}.)` : r.text;
      }),
      'No recommendations were recorded.',
    ),
    actions: part(
      ctx,
      'Action register',
      actions.map((a, i) => ({
        number: String(i + 1),
        title: a.title,
        owner: a.owner,
        due: formatDate(a.dueDate, ctx.options.dateFormat),
        priority: capitalize(a.priority),
        status: ACTION_STATUS[a.status] ?? a.status,
        finding: answers(a.findingId),
      })),
      'No actions were recorded.',
    ),
    roadmap: part(ctx, 'Roadmap by owner and due date', roadmapRows, 'No open actions.'),
  };
}

export function parkingLotSection(ctx: BuildContext): SectionOf<'parkingLot'> | null {
  const heading = 'Parking lot and decisions';
  const { parkingLot, decisions } = ctx.data;
  if (parkingLot.length === 0 && decisions.length === 0) {
    if (ctx.options.emptySections === 'omit') return null;
    const note = 'No parking-lot items or decisions were recorded.';
    return { kind: 'parkingLot', heading, note, parkingLot: null, decisions: null };
  }
  return {
    kind: 'parkingLot',
    heading,
    note: null,
    parkingLot: part(
      ctx,
      'Parking lot',
      parkingLot.map((p) => ({
        text: p.text,
        step: stepRef(ctx, p.stepId),
        status: p.resolved ? 'Resolved' : 'Open',
      })),
      'No parking-lot items were recorded.',
    ),
    decisions: part(
      ctx,
      'Decisions',
      decisions.map((d) => ({ text: d.text, decidedBy: d.decidedBy })),
      'No decisions were recorded.',
    ),
  };
}
