import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { diagramFonts } from './fonts.js';

/** Bump when png.ts packs pixels differently (pictures kept on disk by an older Triptych are then drawn again). */
const ENCODER_VERSION = 1;

function rendererVersion(): string {
  try {
    const pkg = createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

let version: string | undefined;

/**
 * What a drawing depends on besides its SVG and resolution: the renderer's and the encoder's
 * versions and the font files it draws with. Part of every picture's key, so that pictures kept on
 * disk are not reused after an update of Triptych or of the fonts.
 */
export function drawingVersion(): string {
  if (version === undefined) {
    const fonts = diagramFonts()?.files ?? ['system fonts'];
    const files = fonts.map((file) => {
      try {
        const s = statSync(file);
        return `${file} ${s.size} ${s.mtimeMs}`;
      } catch {
        return file;
      }
    });
    version = [`resvg ${rendererVersion()}`, `png ${ENCODER_VERSION}`, ...files].join('\n');
  }
  return version;
}
