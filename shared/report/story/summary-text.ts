import type { ComparisonResult } from '../../compare/index.js';
import type { WorkshopData } from '../../domain/workshop-data.js';
import type { TextBlock } from '../model.js';
import type { DateFormat } from '../options.js';
import { parseSummary } from '../summary.js';
import { buildStory, storyText } from './index.js';
import type { KeyMessage } from './messages.js';

/** The executive summary as the consultant edits it, drafted from the data. */
export function draftExecutiveSummary(data: WorkshopData, comparison: ComparisonResult, format: DateFormat) {
  return storyText(buildStory(data, comparison, format));
}

/** A message line "figure: text" (the figure short), or the whole line as text. */
function message(line: string): KeyMessage {
  const m = /^([^:]{1,32}):\s+(.+)$/.exec(line);
  return m ? { figure: m[1]!, text: m[2]! } : { figure: '', text: line };
}

/**
 * Reads the edited summary back: a first line "# …" is the headline and then the first three
 * bullets are the key messages; the rest prints as written.
 */
export function readExecutiveSummary(text: string): {
  headline: string | null;
  messages: KeyMessage[];
  blocks: TextBlock[];
} {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  const head = /^#\s+(.+)(\n|$)/.exec(trimmed);
  const blocks = parseSummary(head ? trimmed.slice(head[0].length) : trimmed);
  const at = blocks.findIndex((b) => b.type === 'bullets');
  const messages: KeyMessage[] = [];
  const first = blocks[at];
  // Text without a headline line was written freely: it prints as written, with no tiles.
  if (head && first?.type === 'bullets') {
    messages.push(...first.items.slice(0, 3).map(message));
    const rest = first.items.slice(3);
    if (rest.length) blocks[at] = { type: 'bullets', items: rest };
    else blocks.splice(at, 1);
  }
  return { headline: head ? head[1]!.trim() : null, messages, blocks };
}
