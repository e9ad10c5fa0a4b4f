import type { ComparisonResult } from '../compare/index.js';
import { metricValue } from '../compare/index.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import { plural } from './format.js';
import { keyMetrics, metricLabel, metricText } from './measures.js';
import type { TextBlock } from './model.js';

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** The findings a summary leads with: most severe first, then most voted, then as ordered. */
export function topFindings(data: WorkshopData, limit = 3) {
  const votes = new Map<string, number>();
  for (const v of data.votes)
    if (v.targetType === 'finding') votes.set(v.targetId, (votes.get(v.targetId) ?? 0) + v.dots);
  return [...data.findings]
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0) ||
        a.position - b.position,
    )
    .slice(0, limit);
}

/**
 * The executive summary as plain text the consultant can edit: the verdict, the measures the
 * future meant to change, the top findings and what was agreed. Lines starting "- " are bullets.
 */
export function draftSummary(data: WorkshopData, comparison: ComparisonResult): string {
  const hours = data.workshop.hoursPerDay;
  const paragraphs: string[] = [comparison.verdict.sentence];
  const keys = keyMetrics(comparison.metrics, 2);
  if (keys.length > 0) {
    const value = (key: (typeof keys)[number], state: 'current' | 'future' | 'actual') =>
      metricText(key, metricValue(comparison.metrics.byState[state], key), hours);
    const clauses = keys.map(
      (k, i) =>
        `${metricLabel(k).toLowerCase()} went from ${value(k, 'current')} to ${value(k, 'actual')}, ` +
        `${i === 0 ? 'where the future design planned' : 'against'} ${value(k, 'future')}${i === 0 ? '' : ' planned'}`,
    );
    paragraphs.push(`Compared with the current process, ${clauses.join('; ')}.`);
  }
  const top = topFindings(data);
  if (top.length > 0)
    paragraphs.push(
      ['Main findings:', ...top.map((f) => `- ${f.title} (${f.severity} severity, ${f.category}).`)].join(
        '\n',
      ),
    );
  const high = data.actions.filter((a) => a.priority === 'high').length;
  if (data.actions.length > 0)
    paragraphs.push(
      `The workshop agreed ${plural(data.actions.length, 'action')}` +
        (high > 0 ? `, ${high} of them high priority.` : '.') +
        (data.decisions.length > 0 ? ` It recorded ${plural(data.decisions.length, 'decision')}.` : ''),
    );
  return paragraphs.join('\n\n');
}

/** Plain text to blocks: blank lines separate paragraphs, lines starting "- " or "• " are bullets. */
export function parseSummary(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let prose: string[] = [];
    let bullets: string[] = [];
    const flush = () => {
      if (prose.length) blocks.push({ type: 'paragraph', text: prose.join(' ') });
      if (bullets.length) blocks.push({ type: 'bullets', items: bullets });
      prose = [];
      bullets = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const bullet = /^[-•*]\s+(.*)$/.exec(line);
      if (bullet) bullets.push(bullet[1]!);
      else {
        if (bullets.length) flush();
        prose.push(line);
      }
    }
    flush();
  }
  return blocks;
}
