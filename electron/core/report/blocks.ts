import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { TextBlock } from '../../../shared/report/model.js';

/** Small builders for the paragraphs every section uses. */

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * A heading in Word's built-in style; a level-1 heading starts a new page unless it opens a section
 * (which starts one) or `follows` the chapter before on its page, set apart by a wide space.
 */
export function heading(
  level: 1 | 2 | 3,
  text: string,
  opts: { newPage?: boolean; follows?: boolean } = {},
): Paragraph {
  return new Paragraph({
    heading: LEVELS[level],
    text,
    pageBreakBefore: level === 1 && opts.newPage !== false && opts.follows !== true,
    ...(level === 1 && opts.follows ? { spacing: { before: 480 } } : {}),
  });
}

export function para(text: string, opts: { bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: opts.bold })], keepNext: opts.keepNext });
}

export function note(text: string, keepNext = false): Paragraph {
  return new Paragraph({ style: 'Note', text, ...(keepNext ? { keepNext } : {}) });
}

export function bullets(items: readonly string[]): Paragraph[] {
  return items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
}

export function textBlocks(blocks: readonly TextBlock[]): Paragraph[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [para(b.text)] : bullets(b.items)));
}

export function caption(text: string): Paragraph {
  return new Paragraph({ style: 'Caption', text });
}
