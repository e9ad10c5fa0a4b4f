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
 * stays at the size it was drawn) is laid out at once and receives its image as soon as its own
 * PNG is in, while the others are still drawing.
 */
export class PictureSlots {
  readonly #placing: Promise<void>[] = [];

  constructor(private readonly pngs: ReadonlyMap<string, Promise<Uint8Array>>) {}

  readonly place = (image: ReportImage): Paragraph[] => {
    const paragraph = new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    });
    const png = this.pngs.get(image.key);
    if (!png) throw new Error(`The diagram “${image.caption}” was not drawn.`);
    this.#placing.push(png.then((bytes) => void paragraph.addChildElement(imageRun(image, bytes))));
    return [paragraph, caption(image.caption)];
  };

  /** Resolves when every placed picture has its image; rejects with the first that failed. */
  async placed(): Promise<void> {
    await Promise.all(this.#placing.splice(0));
  }
}
