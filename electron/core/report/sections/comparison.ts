import type { SectionOf } from '../../../../shared/report/model.js';
import { bullets, heading, note, para } from '../blocks.js';
import { dataTable } from '../table.js';
import type { Nodes, SectionEnv } from './env.js';
import { MEASURE_COLUMNS, measureCells } from './measures.js';
import { partNodes } from './part.js';

/** The three states compared: the verdict and its evidence, a chart, the states side by side, measures. */
export function comparisonSection(s: SectionOf<'comparison'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: env.newPage });
  if (s.note !== null) return [head, note(s.note)];
  return [
    head,
    ...(s.draft === null ? [] : [note(s.draft)]),
    ...partNodes(s.verdict, 2, ([sentence, ...evidence]) => [
      para(sentence ?? '', { bold: true }),
      ...(evidence.length ? [para('What shows it:', { keepNext: true }), ...bullets(evidence)] : []),
    ]),
    ...partNodes(s.chart, 2, (images) => images.flatMap(env.picture)),
    ...partNodes(s.measures, 2, (rows) => [
      dataTable(MEASURE_COLUMNS, rows.map(measureCells), env.width),
      ...(s.unrecorded ? [note(s.unrecorded)] : []),
    ]),
    // Last: it may take a page of its own.
    ...partNodes(s.sideBySide, 2, (images) => images.flatMap(env.picture)),
  ];
}
