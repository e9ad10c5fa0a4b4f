import { Paragraph, TableOfContents } from 'docx';
import type { Nodes, SectionEnv } from './env.js';

/** A table-of-contents field over headings 1–2; Word refreshes it on opening (updateFields). */
export function contentsSection(title: string, env: SectionEnv): Nodes {
  return [
    new Paragraph({ style: 'ContentsTitle', text: title, pageBreakBefore: env.newPage }),
    new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}
