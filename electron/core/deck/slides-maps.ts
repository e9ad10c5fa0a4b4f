import type PptxGenJS from 'pptxgenjs';
import type { DeckSlideOf } from '../../../shared/report/deck/model.js';
import type { ReportImage } from '../../../shared/report/model.js';
import type { SideColumn } from '../../../shared/report/side-by-side.js';
import type { TextStyle } from './frame.js';
import { ACCENT, BODY, MUTED, SOFT, TONES } from './theme.js';

type Slide = PptxGenJS.Slide;
type Pngs = ReadonlyMap<string, Uint8Array>;

type Box = { x: number; y: number; w: number; h: number };

/** The box a map slide's picture fits in (inches). */
const MAP_BOX: Box = { ...BODY, h: BODY.h - 0.4 };

const fitScale = (image: ReportImage, box: Box) => Math.min(box.w / image.width, box.h / image.height);

/**
 * One scale for the three maps (the smallest of their fits): a four-step map is not blown up to
 * twice the type size of its neighbours, and the sizes of the three states compare at a glance.
 */
export function mapScale(images: readonly ReportImage[]): number | undefined {
  return images.length ? Math.min(...images.map((image) => fitScale(image, MAP_BOX))) : undefined;
}

/** An image fitted into a box (inches), centred horizontally, aspect kept (at `scale` if given). */
function fitImage(slide: Slide, image: ReportImage, png: Uint8Array, box: Box, scale = fitScale(image, box)) {
  const w = image.width * scale;
  const h = image.height * scale;
  slide.addImage({
    data: `image/png;base64,${Buffer.from(png).toString('base64')}`,
    x: box.x + (box.w - w) / 2,
    y: box.y,
    w,
    h,
    altText: image.alt,
  });
  return h;
}

export function mapSlide(
  slide: Slide,
  s: DeckSlideOf<'map'>,
  pngs: Pngs,
  text: TextStyle,
  scale?: number,
): void {
  const png = pngs.get(s.image.key);
  if (!png) return;
  const h = fitImage(slide, s.image, png, MAP_BOX, scale);
  if (s.caption)
    slide.addText(s.caption, {
      ...text,
      x: BODY.x,
      y: BODY.y + h + 0.1,
      w: BODY.w,
      h: 0.35,
      fontSize: 12,
      color: MUTED,
    });
}

export function measuresSlide(slide: Slide, s: DeckSlideOf<'measures'>, pngs: Pngs, text: TextStyle): void {
  const png = pngs.get(s.chart.key);
  if (png) fitImage(slide, s.chart, png, { x: BODY.x, y: BODY.y + 0.2, w: 6.6, h: 4.6 });
  const head = ['Measure', 'Current', 'Future', 'Actual'].map((t) => ({
    text: t,
    options: { bold: true, color: 'FFFFFF', fill: { color: ACCENT } },
  }));
  const rows = s.rows.map((r) => [r.label, r.current, r.future, r.actual].map((t) => ({ text: t })));
  slide.addTable([head, ...rows] as PptxGenJS.TableRow[], {
    ...text,
    x: 7.4,
    y: BODY.y + 0.2,
    w: 5.3,
    colW: [1.7, 1.2, 1.2, 1.2],
    fontSize: 14,
    border: { type: 'solid', color: 'D0D6DE', pt: 0.75 },
    autoPage: false,
  });
}

function stepLines(column: SideColumn, detailed: boolean) {
  if (detailed)
    return column.steps.map((st) => ({
      text: `${st.mark.icon} ${st.number}. ${st.title} · ${st.mark.label}`,
      options: { color: TONES[st.mark.tone], breakLine: true },
    }));
  return [
    { text: `${column.steps.length} steps`, options: { bold: true, color: ACCENT, breakLine: true } },
    ...column.counts.map((c) => ({
      text: `${c.mark.icon} ${c.mark.label}: ${c.count}`,
      options: { color: TONES[c.mark.tone], breakLine: true },
    })),
  ];
}

export function sideBySideSlide(slide: Slide, s: DeckSlideOf<'sideBySide'>, text: TextStyle): void {
  const w = (BODY.w - 0.4) / 3;
  s.columns.forEach((column, i) => {
    const x = BODY.x + i * (w + 0.2);
    slide.addText(column.heading, {
      ...text,
      x,
      y: BODY.y,
      w,
      h: 0.5,
      fontSize: 16,
      bold: true,
      color: 'FFFFFF',
      fill: { color: ACCENT },
      align: 'center',
    });
    slide.addText(
      column.steps.length ? stepLines(column, s.detailed) : [{ text: 'Not mapped', options: {} }],
      {
        ...text,
        x,
        y: BODY.y + 0.55,
        w,
        h: BODY.h - 0.6,
        fontSize: s.detailed ? 13 : 16,
        valign: 'top',
        fill: { color: SOFT },
        fit: 'shrink',
      },
    );
  });
}
