import type { ComparisonResult } from '../../compare/index.js';
import { swimlaneInput } from '../../diagram/from-map.js';
import { overviewDiagram } from '../../diagram/overview.js';
import { swimlaneDiagram } from '../../diagram/swimlane.js';
import { MAP_STATES, type MapState } from '../../domain/types.js';
import type { WorkshopData } from '../../domain/workshop-data.js';
import { compareForReport } from '../build.js';
import { formatDate, plural } from '../format.js';
import { decodeBase64, inspectImage } from '../logo.js';
import type { ReportImage } from '../model.js';
import type { ReportOptions } from '../options.js';
import { sideBySide } from '../side-by-side.js';
import { CALENDAR_NOTE, buildStory } from '../story/index.js';
import { clientMeasureRows } from '../story/measures.js';
import { timeChart } from '../story/time-chart.js';
import { topFindings } from '../summary.js';
import { STATE_INTROS, STATE_NAMES } from '../texts.js';
import type { DeckModel, DeckSlide } from './model.js';
import { deckRoadmap, roadmapNotes } from './roadmap.js';
import { findingStories, reportFindingNumbers } from '../finding-story.js';

/** Slide body size in points (13.33 × 7.5 in, less the title band and the footer). */
export const SLIDE_BODY = { width: 900, height: 380 };
const DETAILED_SIDE = 14;

function mapImage(data: WorkshopData, state: MapState): { image: ReportImage; caption: string } {
  const input = swimlaneInput(data.maps[state], data.painPoints);
  const pages = swimlaneDiagram(input, { width: SLIDE_BODY.width, maxHeight: SLIDE_BODY.height });
  const name = STATE_NAMES[state];
  if (pages.length === 1) {
    const p = pages[0]!;
    const alt = `Swimlane diagram of the ${name.toLowerCase()}: ${plural(p.steps.length, 'step')}.`;
    return {
      image: { key: `deck-${state}`, svg: p.svg, width: p.width, height: p.height, alt, caption: '' },
      caption: '',
    };
  }
  const o = overviewDiagram(input, SLIDE_BODY.width, SLIDE_BODY.height);
  const caption = `Overview of all ${data.maps[state].steps.length} steps; the report shows them in detail.`;
  const alt = `Overview of the ${name.toLowerCase()}: ${plural(input.steps.length, 'step')} in ${plural(input.lanes.length, 'lane')}.`;
  return {
    image: { key: `deck-${state}`, svg: o.svg, width: o.width, height: o.height, alt, caption },
    caption,
  };
}

function deckStepName(data: WorkshopData, id: string): string {
  for (const state of ['current', 'future', 'actual'] as const) {
    const i = data.maps[state].steps.findIndex((st) => st.id === id);
    if (i >= 0) return `${i + 1}. ${data.maps[state].steps[i]!.title} (${state})`;
  }
  return '';
}

function evidenceNotes(data: WorkshopData, stepIds: string[]): string {
  const ids = new Set(stepIds);
  const quotes = data.evidence.filter((e) => e.stepId !== null && ids.has(e.stepId));
  const pains = data.painPoints.filter((p) => ids.has(p.stepId));
  return [
    ...quotes.map((q) => `“${q.text}”${q.speaker ? ` (${q.speaker})` : ''}`),
    ...pains.map((p) => `Pain point: ${p.text}`),
  ]
    .slice(0, 8)
    .join('\n');
}

/** The closing meeting's deck: the same story as the report, one idea a slide. */
export function buildDeckModel(
  data: WorkshopData,
  options: ReportOptions,
  comparison: ComparisonResult = compareForReport(data),
): DeckModel {
  const hours = data.workshop.hoursPerDay;
  const story = buildStory(data, comparison, options.dateFormat);
  const date = formatDate(data.workshop.date, options.dateFormat);
  const slides: DeckSlide[] = [
    {
      kind: 'title',
      title: data.workshop.title,
      subtitle: `${data.engagement.client} · ${data.process.name}`,
      lines: [date, data.workshop.facilitator, options.firmName].filter(Boolean),
      notes: `Read-out of the workshop on ${data.process.name}${date ? ` held on ${date}` : ''}.`,
    },
    {
      kind: 'verdict',
      title: 'What we found',
      headline: story.headline,
      messages: story.messages,
      sentence: story.verdict.sentence,
      note: CALENDAR_NOTE,
      notes: [story.verdict.sentence, ...story.verdict.evidence].join('\n'),
    },
  ];
  for (const state of MAP_STATES) {
    if (data.maps[state].steps.length === 0) continue;
    const { image, caption } = mapImage(data, state);
    const ids = data.maps[state].steps.map((s) => s.id);
    slides.push({
      kind: 'map',
      title: STATE_NAMES[state],
      state,
      image,
      caption,
      notes: [STATE_INTROS[state], evidenceNotes(data, ids)].filter(Boolean).join('\n'),
    });
  }
  const columns = sideBySide(data, comparison);
  if (columns.some((c) => c.steps.length > 0))
    slides.push({
      kind: 'sideBySide',
      title: 'The three states side by side',
      columns,
      detailed: columns.every((c) => c.steps.length <= DETAILED_SIDE),
      notes: story.verdict.evidence.join('\n'),
    });
  const chart = timeChart(comparison, hours, 330);
  if (chart)
    slides.push({
      kind: 'measures',
      title: 'Time: planned and realized',
      chart,
      rows: clientMeasureRows(comparison, hours, [
        'leadMinutes',
        'processMinutes',
        'steps',
        'handoffs',
        'approvals',
      ]),
      notes: `${CALENDAR_NOTE} A working day is ${hours} hours.`,
    });
  // The report's numbers ("F2"), so that the roadmap's references read the same in both.
  const refs = reportFindingNumbers(data.findings);
  const findings = topFindings(data, 4);
  const stories = findingStories(data, findings, (id) => deckStepName(data, id), options.dateFormat);
  if (findings.length)
    slides.push({
      kind: 'findings',
      title: 'Top findings',
      items: findings.map((f, i) => ({
        title: `${refs.get(f.id)}. ${f.title}`,
        // The "so what" on the slide: what it costs in time, when the measures say.
        detail: [f.detail, stories[i]!.implication].filter(Boolean).join(' '),
        severity: f.severity,
        evidence: f.evidence,
      })),
      notes: stories
        .map((st) =>
          [
            `${st.title}:`,
            ...st.evidence,
            st.implication,
            ...st.recommendations.map((r) => `Recommendation: ${r}`),
            ...st.actions.map((a) => `Action: ${a}`),
          ]
            .filter(Boolean)
            .join('\n'),
        )
        .join('\n\n'),
    });
  if (story.recommendations.length)
    slides.push({
      kind: 'recommendations',
      title: 'What we recommend',
      items: story.recommendations,
      notes: story.recommendations
        .map((r) => `${r.text}${r.finding ? ` (answers: ${r.finding})` : ''}`)
        .join('\n'),
    });
  const grid = deckRoadmap(data.actions, refs, options.dateFormat);
  if (grid)
    slides.push({
      kind: 'roadmap',
      title: 'Roadmap',
      ...grid,
      notes: roadmapNotes(data.actions, refs, options.dateFormat),
    });
  return {
    firmName: options.firmName,
    client: data.engagement.client,
    title: data.workshop.title,
    date,
    facilitator: data.workshop.facilitator,
    logo: logo(options),
    slides,
  };
}

function logo(options: ReportOptions): DeckModel['logo'] {
  if (!options.logo) return null;
  const bytes = decodeBase64(options.logo.data);
  const info = bytes && inspectImage(bytes);
  return info
    ? { data: options.logo.data, mediaType: options.logo.mediaType, width: info.width, height: info.height }
    : null;
}
