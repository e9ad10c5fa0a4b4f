import { compareWorkshop, rejectedPairs } from '../compare/index.js';
import { formatMetric } from '../compare/labels.js';
import { dice, tokens } from '../compare/text.js';
import type { VerdictBand } from '../compare/types.js';
import { MAP_STATES, type FindingCategory, type MapState } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';

/** One workshop's outcome, for side-by-side reading across engagements. */
export interface ReviewedWorkshop {
  id: string;
  title: string;
  client: string;
  date: string | null;
  /** Lead time per state as people read it ("3 d 2 h", or "unknown"). */
  leadTime: Record<MapState, string>;
  percent: number | null;
  band: VerdictBand | null;
  sentence: string;
}

export interface ThemeOccurrence {
  workshopId: string;
  workshopTitle: string;
  client: string;
  text: string;
  /** Where a pain point sits, so the review can open the map at its step; null for a finding. */
  step: { id: string; state: MapState } | null;
}

/** Pain points or findings that come back, in similar words (and the same category), across workshops. */
export interface RecurringTheme {
  kind: 'pain_point' | 'finding';
  category: FindingCategory | null;
  /** The first wording met, to name the theme. */
  label: string;
  workshops: number;
  occurrences: ThemeOccurrence[];
}

export interface CrossEngagementReview {
  workshops: ReviewedWorkshop[];
  themes: RecurringTheme[];
}

/** Word overlap (Dice) at or above which two texts are the same theme. */
export const THEME_THRESHOLD = 0.5;

function reviewed(data: WorkshopData): ReviewedWorkshop {
  const hoursPerDay = data.workshop.hoursPerDay;
  const { metrics, verdict } = compareWorkshop({
    maps: data.maps,
    links: data.links,
    options: {
      suggestions: false,
      hoursPerDay,
      // The Compare stage's comparison: the matches the facilitator rejected stay apart.
      automatic: { rejected: rejectedPairs(data.suggestionMarks ?? []) },
    },
  });
  const leadTime = {} as Record<MapState, string>;
  for (const s of MAP_STATES)
    leadTime[s] = formatMetric('leadMinutes', metrics.byState[s].leadMinutes.value, hoursPerDay);
  return {
    id: data.workshop.id,
    title: data.workshop.title,
    client: data.engagement.client,
    date: data.workshop.date,
    leadTime,
    percent: verdict.percent,
    band: verdict.band,
    sentence: verdict.sentence,
  };
}

interface Item extends ThemeOccurrence {
  kind: RecurringTheme['kind'];
  category: FindingCategory | null;
  words: Set<string>;
}

function itemsOf(data: WorkshopData): Item[] {
  const base = {
    workshopId: data.workshop.id,
    workshopTitle: data.workshop.title,
    client: data.engagement.client,
  };
  const stateOf = new Map(MAP_STATES.flatMap((s) => data.maps[s].steps.map((step) => [step.id, s] as const)));
  const stepOf = (id: string) => {
    const state = stateOf.get(id);
    return state ? { id, state } : null;
  };
  return [
    ...data.painPoints.map((p) => ({
      ...base,
      kind: 'pain_point' as const,
      category: null,
      text: p.text,
      step: stepOf(p.stepId),
    })),
    ...data.findings.map((f) => ({
      ...base,
      kind: 'finding' as const,
      category: f.category,
      text: f.title,
      step: null,
    })),
  ]
    .map((i) => ({ ...i, words: tokens(i.text) }))
    .filter((i) => i.words.size > 0);
}

/** Groups similar items greedily (each joins the first theme it is close enough to), keeps those in 2+ workshops. */
function recurring(items: Item[]): RecurringTheme[] {
  const groups: { first: Item; members: Item[] }[] = [];
  for (const item of items) {
    const group = groups.find(
      (g) =>
        g.first.kind === item.kind &&
        g.first.category === item.category &&
        dice(g.first.words, item.words) >= THEME_THRESHOLD,
    );
    if (group) group.members.push(item);
    else groups.push({ first: item, members: [item] });
  }
  return groups
    .map(({ first, members }) => ({
      kind: first.kind,
      category: first.category,
      label: first.text,
      workshops: new Set(members.map((m) => m.workshopId)).size,
      occurrences: members.map(({ workshopId, workshopTitle, client, text, step }) => ({
        workshopId,
        workshopTitle,
        client,
        text,
        step,
      })),
    }))
    .filter((t) => t.workshops >= 2)
    .sort((a, b) => b.workshops - a.workshops || b.occurrences.length - a.occurrences.length);
}

export function reviewEngagements(workshops: readonly WorkshopData[]): CrossEngagementReview {
  return {
    workshops: workshops.map(reviewed),
    themes: recurring(workshops.flatMap(itemsOf)),
  };
}
