import type { SectionOf } from '../../../../shared/report/model.js';
import { heading, note } from '../blocks.js';
import { dataTable } from '../table.js';
import { Paragraph } from 'docx';
import type { Nodes, SectionEnv } from './env.js';
import { partNodes } from './part.js';

/** Recommendations as a numbered list, then the action register: who does what by when. */
export function actionsSection(s: SectionOf<'actions'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: env.newPage });
  if (s.note !== null) return [head, note(s.note)];
  return [
    head,
    ...partNodes(s.recommendations, 2, (items) =>
      items.map(
        (text, i) => new Paragraph({ text: `${i + 1}. ${text}`, indent: { left: 360, hanging: 360 } }),
      ),
    ),
    ...partNodes(s.actions, 2, (rows) => [
      dataTable(
        [
          { title: '#', share: 0.4, align: 'right' },
          { title: 'Action', share: 3.2 },
          { title: 'Owner', share: 1.3 },
          { title: 'Due', share: 1.5 },
          { title: 'Priority', share: 0.9 },
          { title: 'Status', share: 1 },
          { title: 'Answers finding', share: 2.4 },
        ],
        rows.map((a) => [a.number, a.title, a.owner, a.due, a.priority, a.status, a.finding]),
        env.width,
      ),
    ]),
    ...partNodes(s.roadmap ?? null, 2, (rows) => [
      dataTable(
        [
          { title: 'Owner', share: 1.4 },
          { title: 'Due', share: 1.3 },
          { title: 'Action', share: 3 },
          { title: 'Answers finding', share: 2.4 },
        ],
        rows.map((r) => [{ lines: [r.owner], strong: true }, r.due, r.action, r.finding]),
        env.width,
      ),
    ]),
  ];
}
