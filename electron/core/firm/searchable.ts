import { compareWorkshop, rejectedPairs } from '../../../shared/compare/index.js';
import { MAP_STATES, type MapState } from '../../../shared/domain/types.js';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';

/** The columns a published version is found and compared by, read from its `.triptych` content. */
export interface SearchableColumns {
  title: string;
  client: string;
  processName: string;
  date: string | null;
  facilitator: string;
  tags: string[];
  verdictPercent: number | null;
  verdictBand: string | null;
  leadMinutes: Record<MapState, number | null>;
  /** Steps, pain points and findings as plain text, for full-text search. */
  body: string;
}

export function searchableColumns(data: WorkshopData): SearchableColumns {
  const { metrics, verdict } = compareWorkshop({
    maps: data.maps,
    links: data.links,
    options: {
      suggestions: false,
      hoursPerDay: data.workshop.hoursPerDay,
      // The Compare stage's comparison: the matches the facilitator rejected stay apart.
      automatic: { rejected: rejectedPairs(data.suggestionMarks ?? []) },
    },
  });
  const leadMinutes = {} as Record<MapState, number | null>;
  for (const s of MAP_STATES) leadMinutes[s] = metrics.byState[s].leadMinutes.value;
  const parts: string[] = [data.workshop.objectives];
  for (const s of MAP_STATES)
    for (const step of data.maps[s].steps) parts.push(step.title, step.description, step.notes);
  for (const p of data.painPoints) parts.push(p.text);
  for (const f of data.findings) parts.push(f.title, f.detail);
  for (const r of data.recommendations) parts.push(r.text);
  return {
    title: data.workshop.title,
    client: data.engagement.client,
    processName: data.process.name,
    date: data.workshop.date,
    facilitator: data.workshop.facilitator,
    tags: data.workshop.tags ?? [],
    verdictPercent: verdict.percent,
    verdictBand: verdict.band,
    leadMinutes,
    body: parts.filter((t) => t.trim() !== '').join('\n'),
  };
}
