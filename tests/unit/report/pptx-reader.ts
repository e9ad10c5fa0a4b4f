import JSZip from 'jszip';

export interface PptxSlide {
  texts: string[];
  images: string[];
  notes: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!));

/** A .pptx read back: slide size, slides in order with their text, picture files and speaker notes. */
export async function readPptx(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  const presentation = await read('ppt/presentation.xml');
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
  const count = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const slides: PptxSlide[] = [];
  for (let i = 1; i <= count; i++) {
    const xml = await read(`ppt/slides/slide${i}.xml`);
    const rels = await read(`ppt/slides/_rels/slide${i}.xml.rels`);
    const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    slides.push({
      texts: texts(xml),
      images: [...rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((m) => m[1]!),
      notes: notesFile ? texts(await read(`ppt/notesSlides/${notesFile}`)).join(' ') : '',
    });
  }
  const core = await read('docProps/core.xml');
  const slideXml = await read('ppt/slides/slide2.xml');
  return {
    width: Number(size[1]),
    height: Number(size[2]),
    slides,
    creator: /<dc:creator>([^<]*)</.exec(core)?.[1] ?? '',
    languages: [...new Set([...slideXml.matchAll(/lang="([^"]+)"/g)].map((m) => m[1]!))],
    media: (name: string) => zip.file(`ppt/media/${name}`)!.async('uint8array'),
  };
}
