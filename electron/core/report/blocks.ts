import { HeadingLevel, ImageRun, LineRuleType, Paragraph, TextRun } from 'docx';
import type { ReportImage, TextBlock } from '../../../shared/report/model.js';

/** Small builders for the paragraphs every section uses. */

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading in Word's built-in style; a level-1 heading starts a new page unless it opens a section. */
export function heading(level: 1 | 2 | 3, text: string, opts: { newPage?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: LEVELS[level],
    text,
    pageBreakBefore: level === 1 && opts.newPage !== false,
  });
}

export function para(text: string, opts: { bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: opts.bold })], keepNext: opts.keepNext });
}

export function note(text: string): Paragraph {
  return new Paragraph({ style: 'Note', text });
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

const PX_PER_PT = 96 / 72;

/**
 * A picture (SVG with a PNG fallback) at its print size (never scaled down, so its text stays at the size it was drawn),
 * with alt text, kept with the caption below it.
 */
export function picture(image: ReportImage, png: Uint8Array): Paragraph[] {
  // Vector for print and zoom; the PNG stands in where SVG is not supported (Word before 2016).
  const run = new ImageRun({
    type: 'svg',
    data: Buffer.from(image.svg, 'utf8'),
    fallback: { type: 'png', data: png },
    transformation: {
      width: Math.ceil(image.width * PX_PER_PT),
      height: Math.ceil(image.height * PX_PER_PT),
    },
    altText: { name: image.key, title: image.caption, description: image.alt },
  });
  return [
    new Paragraph({
      children: [run],
      keepNext: true,
      spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    }),
    caption(image.caption),
  ];
}
