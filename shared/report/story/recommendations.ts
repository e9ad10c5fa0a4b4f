import type { WorkshopData } from '../../domain/workshop-data.js';
import type { DateFormat } from '../options.js';
import { formatDate } from '../format.js';
import { topFindings } from '../summary.js';

/** A recommendation the summary leads with, with who carries it and by when (from its actions). */
export interface TopRecommendation {
  text: string;
  owner: string;
  due: string;
  finding: string;
}

/**
 * The top recommendations: those answering the most severe findings first, then the rest in
 * order; with no recommendations, the high-priority actions stand in.
 */
export function topRecommendations(data: WorkshopData, format: DateFormat, limit = 3): TopRecommendation[] {
  const rank = new Map(topFindings(data, data.findings.length).map((f, i) => [f.id, i]));
  const title = new Map(data.findings.map((f) => [f.id, f.title]));
  const date = (iso: string | null) => formatDate(iso, format);
  if (data.recommendations.length === 0)
    return [...data.actions]
      .sort((a, b) => pri(a.priority) - pri(b.priority) || a.position - b.position)
      .slice(0, limit)
      .map((a) => ({
        text: a.title,
        owner: a.owner,
        due: date(a.dueDate),
        finding: a.findingId ? (title.get(a.findingId) ?? '') : '',
      }));
  const at = (id: string | null) => (id === null ? Infinity : (rank.get(id) ?? Infinity));
  return [...data.recommendations]
    .sort((a, b) => at(a.findingId) - at(b.findingId) || a.position - b.position)
    .slice(0, limit)
    .map((r) => {
      const actions = data.actions
        .filter((a) => a.recommendationId === r.id)
        .sort((a, b) => (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9'));
      const owners = [...new Set(actions.map((a) => a.owner).filter(Boolean))];
      return {
        text: r.text,
        owner: owners.join(', '),
        due: date(actions[actions.length - 1]?.dueDate ?? null),
        finding: r.findingId ? (title.get(r.findingId) ?? '') : '',
      };
    });
}

function pri(p: string): number {
  return p === 'high' ? 0 : p === 'medium' ? 1 : 2;
}
