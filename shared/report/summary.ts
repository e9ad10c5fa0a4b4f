import type { WorkshopData } from '../domain/workshop-data.js';
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
