import type { SectionOf } from '../../../../shared/report/model.js';
import { heading, note, para, textBlocks } from '../blocks.js';
import { dataTable } from '../table.js';
import type { Nodes, SectionEnv } from './env.js';
import { MEASURE_COLUMNS, measureCells } from './measures.js';

export function summarySection(s: SectionOf<'summary'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: !env.opensPage });
  if (s.note !== null) return [head, note(s.note)];
  const table = s.measures.length
    ? [
        para('Key measures', { bold: true, keepNext: true }),
        dataTable(MEASURE_COLUMNS, s.measures.map(measureCells), env.width),
      ]
    : [];
  return [head, ...textBlocks(s.blocks), ...table];
}
