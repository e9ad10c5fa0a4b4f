import type { WorkshopData } from '../domain/workshop-data.js';
import { buildReportModel } from './build.js';
import type { Part, ReportModel, ReportSection } from './model.js';
import type { ReportOptions } from './options.js';
import { splitTold } from './finding-story.js';

/** A heading the report will have (levels 1–3), or a page without one (level 0: cover, contents). */
export interface OutlineEntry {
  level: 0 | 1 | 2 | 3;
  text: string;
  /** Set when the section is left out: why ("no findings were recorded"). */
  omitted?: string;
}

function sub(level: 2 | 3, p: Part<unknown> | null): OutlineEntry[] {
  return p ? [{ level, text: p.heading }] : [];
}

function sectionOutline(s: ReportSection): OutlineEntry[] {
  if (s.kind === 'cover') return [{ level: 0, text: 'Cover page' }];
  if (s.kind === 'contents') return [{ level: 0, text: s.title }];
  const head: OutlineEntry = { level: 1, text: s.heading };
  if (s.note !== null) return [head];
  switch (s.kind) {
    case 'summary':
      return [head];
    case 'objectives':
      return [
        head,
        ...sub(2, s.objectives),
        ...sub(2, s.process),
        ...sub(2, s.attendees),
        ...sub(2, s.agenda),
      ];
    case 'method':
      return [head, ...sub(2, s.states), ...sub(2, s.measures)];
    case 'state':
      return [head, ...sub(2, s.diagram), ...sub(2, s.steps)];
    case 'comparison':
      return [head, ...sub(2, s.verdict), ...sub(2, s.chart), ...sub(2, s.measures), ...sub(2, s.sideBySide)];
    case 'findings':
      return [
        head,
        ...s.groups.flatMap((g, i) => [
          ...sub(2, g),
          ...splitTold(s.groups)[i]!.told.map((f) => ({
            level: 3 as const,
            text: `${f.number}. ${f.title}`,
          })),
        ]),
      ];
    case 'actions':
      return [head, ...sub(2, s.recommendations), ...sub(2, s.roadmap ?? null), ...sub(2, s.actions)];
    case 'parkingLot':
      return [head, ...sub(2, s.parkingLot), ...sub(2, s.decisions)];
    case 'appendix':
      return [
        head,
        ...(s.details
          ? [{ level: 2 as const, text: s.details.heading }, ...s.details.states.flatMap((p) => sub(3, p))]
          : []),
        ...sub(2, s.aligned ?? null),
        ...sub(2, s.evidence),
        ...sub(2, s.glossary),
      ];
  }
}

/** The headings the report will have, in order: what the options preview shows. */
export function outlineOf(model: ReportModel): OutlineEntry[] {
  const left = (model.omitted ?? []).map((o): OutlineEntry => ({
    level: 1,
    text: o.heading,
    omitted: o.reason,
  }));
  return [...model.sections.flatMap(sectionOutline), ...left];
}

export function reportOutline(
  data: WorkshopData,
  options: ReportOptions,
  summaryText: string | null = null,
): OutlineEntry[] {
  return outlineOf(buildReportModel(data, options, { summaryText }));
}
