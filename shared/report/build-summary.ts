import type { BuildContext } from './context.js';
import { contentSize } from './page.js';
import type { SectionOf } from './model.js';
import { CALENDAR_NOTE, buildStory } from './story/index.js';
import { draftExecutiveSummary, readExecutiveSummary } from './story/summary-text.js';
import { timeChart } from './story/time-chart.js';

/**
 * The executive summary on one page: the headline, three messages with their figures, the time
 * chart with the planned and realized change, and the top three recommendations with owner and date.
 */
export function executiveSummarySection(ctx: BuildContext): SectionOf<'summary'> {
  const story = buildStory(ctx.data, ctx.comparison, ctx.options.dateFormat);
  const text =
    ctx.summaryText?.trim() || draftExecutiveSummary(ctx.data, ctx.comparison, ctx.options.dateFormat);
  const read = readExecutiveSummary(text);
  const width = Math.min(400, Math.floor(contentSize(ctx.options.paper, false).width));
  return {
    kind: 'summary',
    heading: 'Executive summary',
    note: null,
    headline: read.headline ?? story.headline,
    messages: read.messages,
    blocks: read.blocks,
    measures: [],
    chart: timeChart(ctx.comparison, ctx.hours, width),
    recommendations: story.recommendations.map((r) => ({
      text: r.text,
      owner: r.owner || 'To be named',
      due: r.due || 'To be set',
    })),
    unitNote: CALENDAR_NOTE,
  };
}
