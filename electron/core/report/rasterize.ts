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

/**
 * Pictures drawn at once: enough to keep Node's four pool threads busy while the main thread lays
 * out the document, few enough that their pixels (about 8 MB a page) do not pile up.
 */
const CONCURRENCY = Math.min(6, 3 * availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Drawings under way, by key: asking again for a picture being drawn waits for that drawing. */
const drawing = new Map<string, Promise<Buffer>>();

/** An SVG drawn in points, as PNG bytes at `dpi`, drawn and packed off the main thread (or remembered). */
export function svgToPng(svg: string, dpi = DIAGRAM_DPI): Promise<Buffer> {
  const key = cacheKey(svg, dpi);
  const cached = cachedPng(key);
  if (cached) return Promise.resolve(cached);
  let pending = drawing.get(key);
  if (!pending) {
    pending = inTurn(async () => {
      const image = await renderAsync(withFont(svg), options(dpi));
      const png = await encodePng(image.pixels, image.width, image.height);
      rememberPng(key, png);
      return png;
    }).finally(() => drawing.delete(key));
    drawing.set(key, pending);
  }
  return pending;
}

/** Several SVGs at once, the largest first; `done` counts finished ones. */
export async function svgsToPng(
  svgs: readonly { key: string; svg: string }[],
  done: (count: number) => void = () => undefined,
  dpi = DIAGRAM_DPI,
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  let finished = 0;
  const largestFirst = [...svgs].sort((a, b) => b.svg.length - a.svg.length);
  await Promise.all(
    largestFirst.map(async (item) => {
      out.set(item.key, await svgToPng(item.svg, dpi));
      done(++finished);
    }),
  );
  return out;
}
