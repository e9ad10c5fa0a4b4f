import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { drawingVersion } from '../../../electron/core/report/drawing-version.js';
import { diagramFonts } from '../../../electron/core/report/fonts.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { cacheKey, clearPngCache } from '../../../electron/core/report/png-cache.js';
import { type PngFolder, pngFolderIn, usePngFolder } from '../../../electron/core/report/png-disk-cache.js';
import { isWholePng } from '../../../electron/core/report/png.js';
import { drawCount, svgToPng } from '../../../electron/core/report/rasterize.js';
import { startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';
import { bigWorkshop } from './workshops.js';

let core: AppCore | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
  usePngFolder(null);
  clearPngCache();
});

const mode = (p: string) => statSync(p).mode & 0o777;
const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="24">${text}</text></svg>`;
const fileOf = (dir: string, source: string) => join(dir, `${cacheKey(source, 150)}.png`);
const folder = (dir: string, more: Partial<PngFolder> = {}): PngFolder => ({
  dir,
  writable: true,
  limitBytes: 1 << 20,
  ...more,
});

/** A picture drawn again from nothing in this thread: the memory cache forgotten first. */
async function drawFresh(source: string) {
  clearPngCache();
  const before = drawCount();
  const png = await svgToPng(source);
  return { png, drew: drawCount() - before };
}

/**
 * Document text and every picture's bytes of a generated report. Drawing ids are docx's counter,
 * numbered as pictures arrive (kept ones arrive sooner), so they are compared as ids, not values.
 */
async function contents(base64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const names = Object.keys(zip.files)
    .filter((n) => n.startsWith('word/media/'))
    .sort();
  const media = await Promise.all(names.map((n) => zip.file(n)!.async('nodebuffer')));
  const xml = await zip.file('word/document.xml')!.async('string');
  const document = xml.replace(/\bid="\d+"/g, 'id="n"');
  return { document, media: names.map((n, i) => `${n} ${media[i]!.toString('base64')}`) };
}

describe('drawn pictures kept on disk across jobs', () => {
  it('a second report (and deck) job in a new worker draws nothing and writes the same document', async () => {
    const dataDir = join(tempDir(), 'data');
    core = await startCore(dataDir);
    const data = bigWorkshop({ steps: 20, lanes: 4, findings: 4, actions: 4 });
    const workshopId = insertWorkshopData(core.db(), data, { mode: 'new' });
    const dir = pngFolderIn(dataDir);

    const first = await core.jobs.run('report', { workshopId });
    const kept = readdirSync(dir).sort();
    expect(kept.length).toBeGreaterThanOrEqual(3);
    expect(kept.every((n) => /^[0-9a-f]{40}\.png$/.test(n))).toBe(true);
    expect(mode(join(dataDir, 'cache'))).toBe(0o700);
    expect(mode(dir)).toBe(0o700);
    const past = new Date(Date.now() - 3_600_000);
    const inodes = kept.map((n) => {
      utimesSync(join(dir, n), past, past);
      expect(mode(join(dir, n))).toBe(0o600);
      return statSync(join(dir, n)).ino;
    });

    // The kept worker is stopped, as after five idle minutes or a restart: a new one has only the disk.
    await core.jobs.close();
    const second = await core.jobs.run('report', { workshopId });
    // A drawing would have been written under a new name and renamed over (a new inode); a hit
    // only touches the file.
    expect(readdirSync(dir).sort()).toEqual(kept);
    expect(kept.map((n) => statSync(join(dir, n)).ino)).toEqual(inodes);
    for (const n of kept) expect(statSync(join(dir, n)).mtimeMs).toBeGreaterThan(past.getTime() + 1000);
    if (first.kind !== 'download' || second.kind !== 'download') throw new Error('expected bytes');
    const [a, b] = [await contents(first.base64), await contents(second.base64)];
    expect(b.media).toEqual(a.media);
    expect(b.document).toBe(a.document);

    // The deck's worker shares the folder: its pictures (another resolution) are kept beside them.
    const deck = await core.jobs.run('deck', { workshopId });
    const withDeck = readdirSync(dir).sort();
    expect(withDeck.length).toBeGreaterThan(kept.length);
    const deckInodes = withDeck.map((n) => statSync(join(dir, n)).ino);
    await core.jobs.close();
    const deckAgain = await core.jobs.run('deck', { workshopId });
    expect(withDeck.map((n) => statSync(join(dir, n)).ino)).toEqual(deckInodes);
    if (deck.kind !== 'download' || deckAgain.kind !== 'download') throw new Error('expected bytes');
    const slides = async (base64: string) => {
      const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
      const names = Object.keys(zip.files)
        .filter((n) => n.startsWith('ppt/media/') && !zip.files[n]!.dir)
        .sort();
      return Promise.all(names.map(async (n) => `${n} ${await zip.file(n)!.async('base64')}`));
    };
    expect(await slides(deckAgain.base64)).toEqual(await slides(deck.base64));
  }, 60_000);

  it('draws a damaged file again and replaces it', async () => {
    const dir = tempDir();
    usePngFolder(folder(dir));
    const source = svg('Damaged');
    const { png, drew } = await drawFresh(source);
    expect(drew).toBe(1);
    expect(readFileSync(fileOf(dir, source))).toEqual(png);
    expect((await drawFresh(source)).drew).toBe(0);

    for (const damage of [png.subarray(0, png.length - 7), Buffer.from('not a picture')]) {
      writeFileSync(fileOf(dir, source), damage);
      const again = await drawFresh(source);
      expect(again.drew).toBe(1);
      expect(again.png).toEqual(png);
      expect(isWholePng(readFileSync(fileOf(dir, source)))).toBe(true);
    }
    const flipped = Buffer.from(png);
    flipped[flipped.length - 20]! ^= 0xff;
    writeFileSync(fileOf(dir, source), flipped);
    expect((await drawFresh(source)).drew).toBe(1);
    expect(readFileSync(fileOf(dir, source))).toEqual(png);
  });

  it('keeps the folder within its size, removing the least recently used first', async () => {
    const [a, b, c] = [svg('Alpha'), svg('Bravo'), svg('Charlie')];
    const sizes = [];
    for (const s of [a, b, c]) sizes.push((await drawFresh(s)).png.length);
    const dir = tempDir();
    // Room for any two of the three.
    usePngFolder(folder(dir, { limitBytes: sizes[0]! + sizes[1]! + sizes[2]! - 1 }));
    await drawFresh(a);
    await drawFresh(b);
    utimesSync(fileOf(dir, a), new Date(Date.now() - 200_000), new Date(Date.now() - 200_000));
    utimesSync(fileOf(dir, b), new Date(Date.now() - 100_000), new Date(Date.now() - 100_000));
    expect((await drawFresh(a)).drew).toBe(0); // a hit: Alpha is now the most recently used
    expect((await drawFresh(c)).drew).toBe(1);
    expect(existsSync(fileOf(dir, a))).toBe(true);
    expect(existsSync(fileOf(dir, b))).toBe(false);
    expect(existsSync(fileOf(dir, c))).toBe(true);
  });

  it('a library opened for viewing only reads the folder and never writes it', async () => {
    const dir = tempDir();
    const seen = svg('Seen before');
    usePngFolder(folder(dir));
    await drawFresh(seen);
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(fileOf(dir, seen), past, past);
    usePngFolder(folder(dir, { writable: false }));
    expect((await drawFresh(seen)).drew).toBe(0);
    expect(Math.abs(statSync(fileOf(dir, seen)).mtimeMs - past.getTime())).toBeLessThan(1);
    expect((await drawFresh(svg('New'))).drew).toBe(1);
    expect(readdirSync(dir)).toEqual([`${cacheKey(seen, 150)}.png`]);
  });

  it('a picture is kept under a key naming its renderer, encoder and fonts, so an update draws it again', () => {
    const resvg = createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string };
    expect(drawingVersion()).toContain(`resvg ${resvg.version}\npng `);
    const fonts = diagramFonts();
    for (const file of fonts?.files ?? []) expect(drawingVersion()).toContain(file);
    expect(cacheKey(svg('A'), 150)).not.toBe(
      createHash('sha1')
        .update(`150\n${svg('A')}`)
        .digest('hex'),
    );
  });

  it('a folder the disk refuses is no error: the picture is drawn all the same', async () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, 'x');
    usePngFolder(folder(join(blocker, 'png')));
    const { png, drew } = await drawFresh(svg('Nowhere to keep it'));
    expect(drew).toBe(1);
    expect(isWholePng(png)).toBe(true);
  });
});
