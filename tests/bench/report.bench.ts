import { Packer } from 'docx';
import { bench, describe } from 'vitest';
import { renderDeck } from '../../electron/core/deck/service.js';
import { buildReport, clearReportCaches, renderReport } from '../../electron/core/report/generate.js';
import { defaultReportOptions } from '../../shared/report/options.js';
import { bigWorkshop } from '../unit/report/workshops.js';

// A large workshop: 3 states × 150 steps over 12 lanes, 40 findings, 60 actions; pictures included
// (each map's overview, two charts, the states side by side). Goals: first generation ≤ 2 s and
// ≤ 2× the floor, generating again ≤ 1.5× the floor.
const input = {
  data: bigWorkshop({ steps: 150, lanes: 12, findings: 40, actions: 60 }),
  options: defaultReportOptions(),
  summaryText: null,
};
// The floor: the same document, already built, serialized by Packer alone.
const built = await buildReport(input);
const runs = { iterations: 7, warmupIterations: 1, time: 0 };

describe('Word report of a 450-step workshop (pictures included)', () => {
  bench(
    'floor: Packer alone serializes the same document',
    async () => {
      await Packer.toBuffer(built);
    },
    runs,
  );
  bench(
    'first generation: data, comparison, pictures drawn (SVG + PNG fallback), document, Packer',
    async () => {
      clearReportCaches();
      await renderReport(input);
    },
    runs,
  );
  bench(
    'generating again: the same, comparison, sections and pictures kept',
    async () => {
      await renderReport(input);
    },
    runs,
  );
});

describe('Read-out deck of the same workshop (goal: at most 2 s)', () => {
  bench(
    'deck: story, overview maps drawn, slides, pptxgenjs write',
    async () => {
      clearReportCaches();
      await renderDeck(input.data, input.options);
    },
    runs,
  );
});
