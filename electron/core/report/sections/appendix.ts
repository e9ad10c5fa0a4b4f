import type { SectionOf, StepDetailRow } from '../../../../shared/report/model.js';
import { heading, note } from '../blocks.js';
import { type Cell, type Column, dataTable } from '../table.js';
import type { Nodes, SectionEnv } from './env.js';
import { partNodes } from './part.js';

const DETAIL_COLUMNS: Column[] = [
  { title: '#', share: 0.4, align: 'right' },
  { title: 'Step', share: 2.7 },
  { title: 'Environment', share: 1.35 },
  { title: 'Automation', share: 1.2 },
  { title: 'Value', share: 1.3 },
  { title: '%C&A', share: 0.8, align: 'right' },
  { title: 'Notes', share: 2.2 },
];

function detailCells(r: StepDetailRow): Cell[] {
  return [
    r.number,
    { lines: [r.title, ...(r.description ? [r.description] : [])], strong: true },
    r.environment,
    r.automation,
    r.valueClass,
    r.completeAccurate,
    r.notes,
  ];
}

/** Every step in full, what was heard in the room, and what the measures mean. */
export function appendixSection(s: SectionOf<'appendix'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: !env.opensPage });
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
