import type { SectionOf } from '../../../../shared/report/model.js';
import { bullets, heading, note, para, picture } from '../blocks.js';
import { dataTable } from '../table.js';
import type { Nodes, SectionEnv } from './env.js';
import { MEASURE_COLUMNS, measureCells } from './measures.js';
import { partNodes } from './part.js';

/** The three states side by side: the verdict and its evidence, aligned steps, measures and a chart. */
export function comparisonSection(s: SectionOf<'comparison'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: !env.opensPage });
  if (s.note !== null) return [head, note(s.note)];
  return [
    head,
    ...(s.draft === null ? [] : [note(s.draft)]),
    ...partNodes(s.verdict, 2, ([sentence, ...evidence]) => [
      para(sentence ?? '', { bold: true }),
      ...(evidence.length ? [para('What shows it:', { keepNext: true }), ...bullets(evidence)] : []),
    ]),
    ...partNodes(s.chart, 2, (images) =>
      images.flatMap((image) => {
        const png = env.images.get(image.key);
        return png ? picture(image, png) : [];
      }),
    ),
    ...partNodes(s.aligned, 2, (rows) => [
      para(
        'Each row lines up corresponding steps of the three states; the status compares the actual step with the others.',
      ),
      dataTable(
        [
          { title: 'Current', share: 2 },
          { title: 'Future', share: 2 },
          { title: 'Actual', share: 2 },
          { title: 'Status', share: 1.8 },
        ],
        rows.map((r) => [r.current, r.future, r.actual, r.status]),
        env.width,
      ),
    ]),
    ...partNodes(s.measures, 2, (rows) => [dataTable(MEASURE_COLUMNS, rows.map(measureCells), env.width)]),
  ];
}
