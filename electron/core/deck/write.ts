import PptxGenJS from 'pptxgenjs';
import type { DeckModel, DeckSlide } from '../../../shared/report/deck/model.js';
import type { ReportImage } from '../../../shared/report/model.js';
import { svgsToPng } from '../report/rasterize.js';
import { frame, textStyle } from './frame.js';
import { mapScale, mapSlide, measuresSlide, sideBySideSlide } from './slides-maps.js';
import {
  findingsSlide,
  recommendationsSlide,
  roadmapSlide,
  titleSlide,
  verdictSlide,
} from './slides-story.js';

/** Slides draw at 2× print resolution: a projector shows them large. */
const DECK_DPI = 144;

function images(deck: DeckModel): ReportImage[] {
  return deck.slides.flatMap((s) => (s.kind === 'map' ? [s.image] : s.kind === 'measures' ? [s.chart] : []));
}

function draw(
  pptx: PptxGenJS,
  deck: DeckModel,
  s: DeckSlide,
  i: number,
  pngs: ReadonlyMap<string, Uint8Array>,
  lang: string,
  scale: number | undefined,
) {
  const slide = pptx.addSlide();
  const text = textStyle(lang);
  slide.addNotes(s.notes || s.title);
  if (s.kind === 'title') return titleSlide(slide, deck, s, text);
  frame(slide, deck, s.title, i + 1, text);
  switch (s.kind) {
    case 'verdict':
      return verdictSlide(slide, s, text);
    case 'map':
      return mapSlide(slide, s, pngs, text, scale);
    case 'sideBySide':
      return sideBySideSlide(slide, s, text);
    case 'measures':
      return measuresSlide(slide, s, pngs, text);
    case 'findings':
      return findingsSlide(slide, s, text);
    case 'recommendations':
      return recommendationsSlide(slide, s, text);
    case 'roadmap':
      return roadmapSlide(slide, s, text);
  }
}

/** The .pptx bytes of a deck model: pictures drawn first, then one pptxgenjs write. */
export async function writeDeck(
  deck: DeckModel,
  meta: { author: string; language: string },
): Promise<Uint8Array> {
  const pngs = await svgsToPng(images(deck), undefined, DECK_DPI);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = meta.author;
  pptx.company = deck.firmName;
  pptx.title = `${deck.title} (${deck.client})`;
  pptx.subject = 'Workshop read-out';
  pptx.theme = { headFontFace: 'Arial', bodyFontFace: 'Arial' };
  const scale = mapScale(deck.slides.flatMap((s) => (s.kind === 'map' ? [s.image] : [])));
  deck.slides.forEach((s, i) => draw(pptx, deck, s, i, pngs, meta.language, scale));
  const out = await pptx.write({ outputType: 'nodebuffer' });
  return new Uint8Array(out as Buffer);
}
