import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Arial or a font with Arial's widths (Liberation Sans), regular and bold, where the OS keeps them.
 * Loading two files instead of every system font keeps each diagram fast, and the widths match the
 * ones the diagram layout measures text with.
 */
const CANDIDATES: [regular: string, bold: string][] = [
  [
    join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts', 'arial.ttf'),
    join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts', 'arialbd.ttf'),
  ],
  ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'],
  ['/Library/Fonts/Arial.ttf', '/Library/Fonts/Arial Bold.ttf'],
  [
    '/usr/share/fonts/truetype/msttcorefonts/Arial.ttf',
    '/usr/share/fonts/truetype/msttcorefonts/Arial_Bold.ttf',
  ],
  [
    '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  ],
  [
    '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
  ],
  [
    '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
    '/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf',
  ],
  [
    '/usr/share/fonts/liberation/LiberationSans-Regular.ttf',
    '/usr/share/fonts/liberation/LiberationSans-Bold.ttf',
  ],
];

export interface DiagramFonts {
  files: string[];
  family: string;
}

let found: DiagramFonts | null | undefined;

/** The font files to draw with, or null to let the renderer search the system's fonts. */
export function diagramFonts(): DiagramFonts | null {
  if (found === undefined) {
    const pair = CANDIDATES.find(([regular]) => existsSync(regular));
    found = pair
      ? {
          files: pair.filter((file) => existsSync(file)),
          family: pair[0].includes('Liberation') ? 'Liberation Sans' : 'Arial',
        }
      : null;
  }
  return found;
}
