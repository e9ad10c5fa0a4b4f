import type { SectionOf, StepDetailRow } from '../../../../shared/report/model.js';
import { heading, note, para } from '../blocks.js';
import { type Cell, type Column, dataTable } from '../table.js';
import type { Nodes, SectionEnv } from './env.js';
import { partNodes } from './part.js';

// Widths chosen so that a typical row prints on one line: a long map's table stays a few pages.
const DETAIL_COLUMNS: Column[] = [
  { title: '#', share: 0.55, align: 'right' },
  { title: 'Step', share: 2.5 },
  { title: 'Description', share: 2.6 },
  { title: 'Environment', share: 1.45 },
  { title: 'Automation', share: 1.35 },
  { title: 'Value', share: 1.3 },
  { title: '%C&A', share: 0.75, align: 'right' },
  { title: 'Notes', share: 2.2 },
];

const ALIGNED_COLUMNS: Column[] = [
  { title: 'Current', share: 2 },
  { title: 'Future', share: 2 },
  { title: 'Actual', share: 2 },
  { title: 'Status', share: 1.8 },
];

function detailCells(r: StepDetailRow): Cell[] {
  return [
    r.number,
    r.title,
    r.description,
    r.environment,
    r.automation,
    r.valueClass,
    r.completeAccurate,
    r.notes,
  ];
}

/** Every step in full, what was heard in the room, and what the measures mean. */
export function appendixSection(s: SectionOf<'appendix'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: env.newPage });
  if (s.note !== null) return [head, note(s.note)];
  const details = s.details
    ? [
        heading(2, s.details.heading),
        ...s.details.states.flatMap((p) =>
          partNodes(p, 3, (rows) => [dataTable(DETAIL_COLUMNS, rows.map(detailCells), env.width)]),
        ),
      ]
    : [];
  return [
    head,
    ...details,
    ...partNodes(s.aligned ?? null, 2, (rows) => [
      // Kept with the table, so the heading and this line never end a page alone.
      para(
        'Each row lines up corresponding steps of the three states; the status compares the actual step with the others.',
        { keepNext: true },
      ),
      dataTable(
        ALIGNED_COLUMNS,
        rows.map((r) => [r.current, r.future, r.actual, r.status]),
        env.width,
      ),
    ]),
    ...partNodes(s.evidence, 2, (rows) => [
      dataTable(
        [
          { title: 'What was said or seen', share: 3.5 },
          { title: 'Who', share: 1.4 },
          { title: 'Step', share: 2 },
        ],
        rows.map((e) => [e.text, e.speaker, e.step]),
        env.width,
      ),
    ]),
    ...partNodes(s.glossary, 2, (rows) => [
      dataTable(
        [
          { title: 'Term', share: 1.3 },
          { title: 'Meaning', share: 4 },
        ],
        rows.map((g) => [{ lines: [g.term], strong: true }, g.meaning]),
        env.width,
      ),
    ]),
  ];
}
