// Renders build/icon.svg to the PNG sizes electron-builder wants (run after changing the icon).
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const build = resolve(import.meta.dirname, '..', 'build');
const svg = readFileSync(join(build, 'icon.svg'), 'utf8');
mkdirSync(join(build, 'icons'), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(build, 'icons', `${size}x${size}.png`), png);
  if (size === 512) writeFileSync(join(build, 'icon.png'), png);
}
console.log('Icons written to build/');
