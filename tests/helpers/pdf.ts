import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const has = (tool: string) => spawnSync('which', [tool]).status === 0;

/** LibreOffice and poppler-utils are there (.ci/run installs both); without them a PDF test has nothing to run. */
export const hasPdfTools = has('soffice') && has('pdfinfo') && has('pdftotext') && has('pdftoppm');

/**
 * A .docx or .pptx converted to PDF by LibreOffice, next to it. A profile of its own, so parallel
 * runs (and a user's LibreOffice) don't clash.
 */
export function convertToPdf(file: string, timeout = 120_000): string {
  const dir = join(file, '..');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout },
  );
  return join(dir, basename(file).replace(/\.\w+$/, '.pdf'));
}

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

/** Each page's text, white space folded. */
export function pageTexts(pdf: string, layout = false): string[] {
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .slice(0, pageCount(pdf))
    .map((page) => page.replace(/\s+/g, ' ').trim());
}

const DPI = 20;

/** A binary PGM (P5) image: width, height and one byte a pixel. */
function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const bytes = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}

/**
 * How far down its text area each page is filled (0 to 1): the lowest row with ink between the
 * margins (header and footer, in the margins, left out), over the text area's height. Pages are
 * drawn in grey at 20 dpi by pdftoppm; `margin` is the page margin in inches.
 */
export function pageFill(pdf: string, margin: number): number[] {
  const dir = join(pdf, '..');
  const prefix = join(dir, 'fill');
  execFileSync('pdftoppm', ['-gray', '-r', String(DPI), pdf, prefix]);
  return readdirSync(dir)
    .filter((f) => /^fill-\d+\.pgm$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((f) => {
      const { width, height, pixels } = readPgm(join(dir, f));
      const top = Math.ceil(margin * DPI);
      const bottom = height - Math.ceil(margin * DPI);
      let lowest = top;
      for (let y = top; y < bottom; y++)
        for (let x = 0; x < width; x++)
          if (pixels[y * width + x]! < 200) {
            lowest = y;
            break;
          }
      return (lowest - top) / (bottom - top);
    });
}
