import { swimlaneInput } from '../diagram/from-map.js';
import { overviewDiagram } from '../diagram/overview.js';
import { usedLaneIds } from '../domain/lanes.js';
import { type SwimlanePage, swimlaneDiagram, swimlaneFit } from '../diagram/swimlane.js';
import { KIND_STYLES } from '../diagram/palette.js';
import type { MapState, Step } from '../domain/types.js';
import { type BuildContext, part } from './context.js';
import { formatMinutes, listText, plural } from './format.js';
import type { ReportImage, SectionOf, StepRow } from './model.js';
import { diagramBox } from './page.js';
import { STATE_INTROS, STATE_NAMES } from './texts.js';

const ALT_LIMIT = 1500;
/** Narrower step columns than this (points) make auto turn the page sideways. */
const ROOMY_COLUMN = 84;

function stepTimes(step: Step, hours: number): string {
  const pt = formatMinutes(step.processMinutes, hours);
  const wait = formatMinutes(step.waitMinutes, hours);
  if (!pt && !wait) return '';
  return `${pt || '–'} / ${wait || '–'}`;
}

function diagramInput(ctx: BuildContext, state: MapState) {
  return swimlaneInput(ctx.data.maps[state], ctx.data.painPoints, (s) => stepTimes(s, ctx.hours));
}

function diagramOptions(ctx: BuildContext, landscape: boolean) {
  return { ...diagramBox(ctx.options.paper, landscape), legendNote: 'Times: process / wait' };
}

/** A map needing more detail parts than this prints as its overview and the step table instead. */
export const MAX_DETAIL_PARTS = 4;

/**
 * The whole map on one picture at print size (8 pt text), before the detail parts of a map too big
 * for a page, or instead of them when there would be more than MAX_DETAIL_PARTS: then the step
 * table below it gives each step in full.
 */
function overviewImage(
  ctx: BuildContext,
  state: MapState,
  landscape: boolean,
  parts: number | null,
): ReportImage {
  const box = diagramBox(ctx.options.paper, landscape);
  const o = overviewDiagram(diagramInput(ctx, state), box.width, box.firstMaxHeight);
  const map = ctx.data.maps[state];
  const name = STATE_NAMES[state];
  const lanes = new Set(map.steps.map((s) => s.laneId ?? ''));
  const after =
    parts === null
      ? 'The step table that follows gives each step in full.'
      : `The ${plural(parts, 'part')} that follow show each step in full.`;
  return {
    key: `${state}-overview`,
    svg: o.svg,
    width: o.width,
    height: o.height,
    alt:
      `Overview of the ${name.toLowerCase()}: all ${plural(map.steps.length, 'step')} as small boxes ` +
      `in ${plural(lanes.size, 'lane')}, read left to right and band by band, numbered as in the step table. ${after}`,
    caption:
      parts === null
        ? `${name}: overview of all ${map.steps.length} steps, numbered as in the step table below.`
        : `${name}: overview of all ${map.steps.length} steps. Details follow in ${parts} parts.`,
  };
}

/**
 * Landscape when asked, or (auto) when it needs fewer parts than portrait or gives its boxes more
 * room. No pages when it would take more than MAX_DETAIL_PARTS: such a map is not drawn in parts.
 */
function layout(ctx: BuildContext, state: MapState): { landscape: boolean; pages: SwimlanePage[] | null } {
  const input = diagramInput(ctx, state);
  const choice = ctx.options.orientation;
  const portrait = choice === 'landscape' ? null : swimlaneFit(input, diagramOptions(ctx, false));
  const wide = choice === 'portrait' ? null : swimlaneFit(input, diagramOptions(ctx, true));
  let landscape = choice === 'landscape';
  if (portrait && wide) {
    const cramped = portrait.column < ROOMY_COLUMN;
    landscape = wide.parts < portrait.parts || (wide.parts === portrait.parts && cramped);
  }
  const parts = (landscape ? wide : portrait)!.parts;
  if (parts > MAX_DETAIL_PARTS) return { landscape: false, pages: null };
  return { landscape, pages: swimlaneDiagram(input, diagramOptions(ctx, landscape)) };
}

function altText(state: MapState, page: SwimlanePage): string {
  const name = STATE_NAMES[state].toLowerCase();
  const partText = page.parts > 1 ? `, part ${page.part} of ${page.parts}` : '';
  const flow = page.steps
    .map((s) => `${s.number} ${s.title} (${KIND_STYLES[s.kind].label.toLowerCase()})`)
    .join('; ');
  const text =
    `Swimlane diagram of the ${name}${partText}: ${plural(page.steps.length, 'step')} in ${plural(page.lanes.length, 'lane')} ` +
    `(${listText(page.lanes)}). Steps in order: ${flow}.`;
  return text.length > ALT_LIMIT ? `${text.slice(0, ALT_LIMIT - 1)}…` : text;
}

function caption(state: MapState, page: SwimlanePage): string {
  const first = page.steps[0]!.number;
  const last = page.steps[page.steps.length - 1]!.number;
  const name = STATE_NAMES[state];
  if (page.parts === 1) return `${name}: swimlane diagram.`;
  const next = page.part < page.parts ? ` Continues with step ${last + 1}.` : '';
  return `${name}, part ${page.part} of ${page.parts}: steps ${first} to ${last}.${next}`;
}

export function stepRows(ctx: BuildContext, state: MapState): StepRow[] {
  const votes = new Map<string, number>();
  for (const v of ctx.data.votes)
    if (v.targetType === 'pain_point') votes.set(v.targetId, (votes.get(v.targetId) ?? 0) + v.dots);
  return ctx.data.maps[state].steps.map((step, i) => ({
    number: String(i + 1),
    lane: step.laneId === null ? '' : (ctx.lanes.get(step.laneId) ?? ''),
    title: step.title,
    kind: KIND_STYLES[step.kind].label,
    tools: step.tools.join(', '),
    processTime: formatMinutes(step.processMinutes, ctx.hours),
    waitTime: formatMinutes(step.waitMinutes, ctx.hours),
    painPoints: ctx.data.painPoints
      .filter((p) => p.stepId === step.id)
      .map((p) => {
        const dots = votes.get(p.id) ?? 0;
        return dots > 0 ? `${p.text} (${plural(dots, 'vote')})` : p.text;
      }),
  }));
}

export function stateSection(ctx: BuildContext, state: MapState): SectionOf<'state'> | null {
  const heading = STATE_NAMES[state];
  const map = ctx.data.maps[state];
  if (map.steps.length === 0) {
    if (ctx.options.emptySections === 'omit') return null;
    const note = `No steps were mapped for the ${heading.toLowerCase()}.`;
    return { kind: 'state', state, heading, note, intro: '', landscape: false, diagram: null, steps: null };
  }
  const { landscape, pages } = layout(ctx, state);
  // Too many parts to read as pages: the overview and the step table carry the map instead.
  const details: ReportImage[] = (pages ?? []).map((page) => ({
    key: `${state}-${page.part}`,
    svg: page.svg,
    width: page.width,
    height: page.height,
    alt: altText(state, page),
    caption: caption(state, page),
  }));
  const images = !pages
    ? [overviewImage(ctx, state, false, null)]
    : pages.length > 1
      ? [overviewImage(ctx, state, landscape, pages.length), ...details]
      : details;
  const lanes = usedLaneIds(map);
  const intro = `${STATE_INTROS[state]} It has ${plural(map.steps.length, 'step')} in ${plural(lanes.size, 'lane')}.`;
  return {
    kind: 'state',
    state,
    heading,
    note: null,
    intro,
    landscape,
    diagram: { heading: 'Diagram', items: images, empty: '' },
    steps: part(ctx, 'Steps', stepRows(ctx, state), ''),
    timesNote: map.steps.some((s) => s.processMinutes !== null || s.waitMinutes !== null)
      ? `Times are working time, not calendar time: a day (d) is ${ctx.hours} working hours.`
      : null,
  };
}
