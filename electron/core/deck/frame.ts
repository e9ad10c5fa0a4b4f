import type PptxGenJS from 'pptxgenjs';
import type { DeckModel } from '../../../shared/report/deck/model.js';
import { ACCENT, FONT, INK, MUTED, SLIDE } from './theme.js';

type Slide = PptxGenJS.Slide;

/** The firm's logo in the top-right corner, at most 1.6 × 0.6 in, aspect kept. */
export function addLogo(slide: Slide, deck: DeckModel): void {
  if (!deck.logo) return;
  const { width, height } = deck.logo;
  const scale = Math.min(1.6 / width, 0.6 / height);
  const w = width * scale;
  const h = height * scale;
  slide.addImage({
    data: `${deck.logo.mediaType};base64,${deck.logo.data}`,
    x: SLIDE.width - 0.4 - w,
    y: 0.3,
    w,
    h,
    altText: `${deck.firmName || 'Firm'} logo`,
  });
}

/** Title band, footer (firm, client, page number) and logo: what every content slide shares. */
export function frame(slide: Slide, deck: DeckModel, title: string, index: number, text: TextStyle): void {
  slide.addText(title, {
    ...text,
    x: 0.6,
    y: 0.35,
    w: SLIDE.width - 2.8,
    h: 0.8,
    fontFace: FONT,
    fontSize: 28,
    bold: true,
    color: ACCENT,
    valign: 'middle',
  });
  slide.addShape('line', { x: 0.6, y: 1.15, w: SLIDE.width - 1.2, h: 0, line: { color: ACCENT, width: 1 } });
  const footer = [deck.firmName, deck.client, deck.title].filter(Boolean).join(' · ');
  slide.addText(footer, {
    ...text,
    x: 0.6,
    y: 6.95,
    w: 10,
    h: 0.35,
    fontFace: FONT,
    fontSize: 10,
    color: MUTED,
  });
  slide.addText(String(index), {
    ...text,
    x: SLIDE.width - 1.2,
    y: 6.95,
    w: 0.6,
    h: 0.35,
    fontFace: FONT,
    fontSize: 10,
    color: MUTED,
    align: 'right',
  });
  addLogo(slide, deck);
}

/** The text style every slide starts from, in the deck's language (spell-checking in PowerPoint). */
export function textStyle(lang: string) {
  return { fontFace: FONT, color: INK, lang } as const;
}
export type TextStyle = ReturnType<typeof textStyle>;
