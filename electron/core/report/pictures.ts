import { ImageRun, LineRuleType, Paragraph } from 'docx';
import type { ReportImage } from '../../../shared/report/model.js';
import { caption } from './blocks.js';

const PX_PER_PT = 96 / 72;

/** A picture as SVG (for print and zoom) with its PNG for Word before 2016, at its print size. */
function imageRun(image: ReportImage, png: Uint8Array): ImageRun {
  return new ImageRun({
    type: 'svg',
    data: Buffer.from(image.svg, 'utf8'),
    fallback: { type: 'png', data: png },
    transformation: {
      width: Math.ceil(image.width * PX_PER_PT),
      height: Math.ceil(image.height * PX_PER_PT),
    },
    altText: { name: image.key, title: image.caption, description: image.alt },
  });
}

/**
 * Pictures placed in the document while their PNG fallbacks are still being drawn on other
 * threads: each picture's paragraph (kept with the caption below it, never scaled, so its text
 * stays at the size it was drawn) is laid out at once and receives its image when the PNGs are in.
 */
export class PictureSlots {
  readonly #slots: { image: ReportImage; paragraph: Paragraph }[] = [];

  readonly place = (image: ReportImage): Paragraph[] => {
    const paragraph = new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    });
    this.#slots.push({ image, paragraph });
    return [paragraph, caption(image.caption)];
  };

  /** Puts each picture in its place; every placed picture must have its PNG. */
  fill(pngs: ReadonlyMap<string, Uint8Array>): void {
    for (const { image, paragraph } of this.#slots.splice(0)) {
      const png = pngs.get(image.key);
      if (!png) throw new Error(`The diagram “${image.caption}” was not drawn.`);
      paragraph.addChildElement(imageRun(image, png));
    }
  }
}
