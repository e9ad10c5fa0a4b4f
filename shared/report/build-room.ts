import { FINDING_CATEGORIES, type FindingCategory } from '../domain/types.js';
import { type BuildContext, capitalize, part, stepRef } from './context.js';
import { findingStories, reportFindingNumbers } from './finding-story.js';
import { formatDate, listText, plural } from './format.js';
import { roadmapPart } from './build-roadmap.js';
import type { FindingRow, SectionOf } from './model.js';

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

export function actionsSection(ctx: BuildContext): SectionOf<'actions'> | null {
  const heading = 'Recommendations and actions';
  const { recommendations, actions, findings } = ctx.data;
  if (recommendations.length === 0 && actions.length === 0) {
    if (ctx.options.emptySections === 'omit') return null;
    const note = 'No recommendations or actions were recorded.';
    return { kind: 'actions', heading, note, recommendations: null, actions: null, roadmap: null };
  }
  const findingTitle = new Map(findings.map((f) => [f.id, f.title]));
  const numbers = reportFindingNumbers(findings);
  const answers = (id: string | null) =>
    id && findingTitle.has(id) ? `${numbers.get(id)} ${findingTitle.get(id)}` : '';
  const roadmap = roadmapPart(ctx, actions, numbers);
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
    roadmap: roadmap.roadmap,
    roadmapNote: roadmap.note,
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
