import type { ComparisonResult } from '../../compare/index.js';
import type { WorkshopData } from '../../domain/workshop-data.js';
import type { DateFormat } from '../options.js';
import { headline } from './headline.js';
import { type KeyMessage, keyMessages } from './messages.js';
import { type TopRecommendation, topRecommendations } from './recommendations.js';
import { type VerdictView, verdictView } from './verdict-view.js';

export { CALENDAR_NOTE, calendarTime, workTime } from './client-time.js';
export type { KeyMessage, TopRecommendation, VerdictView };

/** The report's point of view, drafted from the data: shared by the executive summary and the deck. */
export interface Story {
  headline: string;
  messages: KeyMessage[];
  recommendations: TopRecommendation[];
  verdict: VerdictView;
}

export function buildStory(data: WorkshopData, comparison: ComparisonResult, format: DateFormat): Story {
  const verdict = verdictView(comparison);
  return {
    headline: headline(data, verdict),
    messages: keyMessages(data, comparison, verdict),
    recommendations: topRecommendations(data, format),
    verdict,
  };
}

/** The story as text the consultant edits: "# headline", three "- figure: message" lines, the verdict. */
export function storyText(story: Story): string {
  return [
    `# ${story.headline}`,
    story.messages.map((m) => `- ${m.figure}: ${m.text}`).join('\n'),
    story.verdict.sentence,
  ]
    .filter(Boolean)
    .join('\n\n');
}
