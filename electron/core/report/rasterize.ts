import { type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';
import { availableParallelism } from 'node:os';
import { diagramFonts } from './fonts.js';
import { cacheKey, cachedPng, rememberPng } from './png-cache.js';
import { encodePng } from './png.js';

/**
 * Print resolution for line art: 8 pt text stays crisp on paper, and a 450-step workshop's sixty
 * diagram pages still draw in about a second.
 */
export const DIAGRAM_DPI = 150;

function options(dpi: number): ResvgRenderOptions {
  const fonts = diagramFonts();
  return {
    fitTo: { mode: 'zoom', value: dpi / 72 },
    background: '#ffffff',
    font: fonts
      ? {
          loadSystemFonts: false,
          fontFiles: fonts.files,
          defaultFontFamily: fonts.family,
          sansSerifFamily: fonts.family,
        }
      : { loadSystemFonts: true, sansSerifFamily: 'Arial' },
    logLevel: 'off',
  };
}

/** Names the one loaded font directly: resolving the SVG's fallback list costs more than drawing. */
function withFont(svg: string): string {
  const fonts = diagramFonts();
  return fonts ? svg.replace(/font-family="[^"]*"/, `font-family="${fonts.family}"`) : svg;
}

/** An SVG drawn in points, as PNG bytes at `dpi`, drawn and packed off the main thread (or remembered). */
export async function svgToPng(svg: string, dpi = DIAGRAM_DPI): Promise<Buffer> {
  const key = cacheKey(svg, dpi);
  const cached = cachedPng(key);
  if (cached) return cached;
  const image = await renderAsync(withFont(svg), options(dpi));
  const png = await encodePng(image.pixels, image.width, image.height);
  rememberPng(key, png);
  return png;
}

/** Two per core: while one picture's pixels are copied on the main thread, the cores keep drawing. */
const CONCURRENCY = Math.min(4, 2 * availableParallelism());

/** Several SVGs at once; `done` counts finished ones. */
export async function svgsToPng(
  svgs: readonly { key: string; svg: string }[],
  done: (count: number) => void = () => undefined,
  dpi = DIAGRAM_DPI,
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  let next = 0;
  let finished = 0;
  const worker = async () => {
    while (next < svgs.length) {
      const item = svgs[next++]!;
      out.set(item.key, await svgToPng(item.svg, dpi));
      done(++finished);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return out;
}
