import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.js';
import { renderDeck } from '../../../electron/core/deck/service.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { serializeTriptych } from '../../../shared/exchange/triptych-file.js';
import { defaultReportOptions } from '../../../shared/report/options.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { convertToPdf, hasPdfTools, pageCount, pageTexts } from '../../helpers/pdf.js';
import { tempDir } from '../../helpers/temp.js';
import { pngBytes } from './images.js';
import { readPptx } from './pptx-reader.js';
import { bigWorkshop } from './workshops.js';

const PNG = [0x89, 0x50, 0x4e, 0x47];

describe('read-out deck', () => {
  it('tells the origin story in 16:9 slides with the maps as pictures and the evidence in the notes', async () => {
    const logo = { mediaType: 'image/png' as const, data: pngBytes(200, 60).toString('base64') };
    const options = {
      ...defaultReportOptions(),
      firmName: 'Whitfield Consulting',
      logo,
      language: 'en-US' as const,
    };
    const deck = await readPptx(await renderDeck(originWorkshop(), options));
    expect(deck.width / deck.height).toBeCloseTo(16 / 9, 2);
    expect(deck.slides.map((s) => s.texts[0])).toEqual([
      'Application deployment after virtualization',
      'What we found',
      'Current state',
      'Future state',
      'Actual state',
      'The three states side by side',
      'Time: planned and realized',
      'Top findings',
      'What we recommend',
      'Roadmap',
    ]);
    const verdict = deck.slides[1]!;
    expect(verdict.texts).toContain('The servers changed to virtual servers; the process did not');
    expect(verdict.texts).toContain('4 weeks');
    // Every content slide carries the firm's name and its logo; maps and the chart are PNG pictures.
    for (const slide of deck.slides.slice(1)) {
      expect(slide.texts.join(' ')).toContain('Whitfield Consulting');
      expect(slide.images.length).toBeGreaterThanOrEqual(1);
    }
    for (const i of [2, 3, 4, 6]) {
      expect(deck.slides[i]!.images.length).toBe(2);
      const picture = await deck.media(deck.slides[i]!.images.find((n) => n.endsWith('.png'))!);
      expect([...picture.slice(0, 4)]).toEqual(PNG);
    }
    expect(deck.slides[5]!.texts.join(' ')).toContain('✗ 2. Provision VM from template · Not adopted');
    expect(deck.slides[7]!.notes).toContain('"We still fill in rack units for a VM" (Raj Patel)');
    // The finding's story in the notes: the room's words with who said them, what it costs, the actions.
    expect(deck.slides[7]!.notes).toMatch(
      /Pain point at \d+\. Submit hardware request form \(actual\): Still asks for rack units for a VM/,
    );
    expect(deck.slides[7]!.notes).toContain('“We email Raj and wait.” (Lena Fischer, at');
    expect(deck.slides[7]!.notes).toMatch(/of elapsed time in the actual process/);
    expect(deck.slides[7]!.notes).toContain(
      'Action: Publish the self-service request in the portal (Mary Adams',
    );
    expect(deck.slides[9]!.texts).toEqual(expect.arrayContaining(['Mary Adams', 'Raj Patel']));
    expect(deck.creator).toBe('Glenn Whitfield');
    expect(deck.languages).toEqual(['en-US']);
  });

  it.skipIf(!hasPdfTools)(
    'opens in LibreOffice Impress: one PDF page a slide, with its title',
    async () => {
      const file = join(tempDir(), 'origin.pptx');
      const bytes = await renderDeck(originWorkshop(), defaultReportOptions());
      writeFileSync(file, bytes);
      const pdf = convertToPdf(file, 90_000);
      const slides = (await readPptx(bytes)).slides;
      expect(pageCount(pdf)).toBe(slides.length);
      const pages = pageTexts(pdf);
      slides.forEach((slide, i) => expect(pages[i]).toContain(slide.texts[0]));
    },
    120_000,
  );

  it('shows a 150-step map as one overview slide, not as dozens of parts', async () => {
    const data = bigWorkshop({ steps: 150, lanes: 12, findings: 40, actions: 60 });
    const deck = await readPptx(await renderDeck(data, defaultReportOptions()));
    const titles = deck.slides.map((s) => s.texts[0]);
    expect(titles.filter((t) => t === 'Current state')).toHaveLength(1);
    expect(deck.slides.length).toBe(10);
    expect(deck.slides[2]!.texts.join(' ')).toContain('Overview of all 150 steps');
    expect(deck.slides[5]!.texts.join(' ')).toContain('150 steps');
  });

  it('is written from the Report stage channel and by `triptych deck`, and refuses another extension', async () => {
    const dir = tempDir();
    const core = await startCore(dir);
    const workshopId = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
    const download = await invoke(core, 'report:deck', { workshopId });
    expect(download).toMatchObject({ kind: 'download', fileName: expect.stringMatching(/\.pptx$/) });
    const wrong = await dispatch({ core }, 'report:deck', {
      workshopId,
      destination: join(dir, 'deck.docx'),
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await core.close();
    const out = join(tempDir(), 'readout');
    const cli = async (...argv: string[]) => {
      const lines: string[] = [];
      const code = await runCli(argv, { out: (t) => lines.push(t) }, { out: () => undefined });
      return { code, out: lines.join('\n') };
    };
    expect(await cli('deck', workshopId, '-o', out, '--data-dir', dir)).toEqual({
      code: 0,
      out: `${out}.pptx`,
    });
    expect((await readPptx(readFileSync(`${out}.pptx`))).slides).toHaveLength(10);
    const file = join(dir, 'origin.triptych');
    writeFileSync(file, serializeTriptych(originWorkshop()));
    // Straight from the file: an empty data folder of its own, never the user's library.
    const fromFile = await cli('deck', file, '-o', join(dir, 'from-file.pptx'), '--data-dir', tempDir());
    expect(fromFile.code).toBe(0);
    expect((await cli('deck', workshopId, '--data-dir', dir)).code).toBe(2);
  });
});
