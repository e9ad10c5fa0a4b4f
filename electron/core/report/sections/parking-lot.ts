import type { SectionOf } from '../../../../shared/report/model.js';
import { heading, note } from '../blocks.js';
import { dataTable } from '../table.js';
import type { Nodes, SectionEnv } from './env.js';
import { partNodes } from './part.js';

export function parkingLotSection(s: SectionOf<'parkingLot'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: env.newPage, follows: env.follows });
  if (s.note !== null) return [head, note(s.note)];
  return [
    head,
    ...partNodes(s.parkingLot, 2, (rows) => [
      dataTable(
        [
          { title: 'Item', share: 3.5 },
          { title: 'Raised at step', share: 2 },
          { title: 'Status', share: 0.9 },
        ],
        rows.map((r) => [r.text, r.step, r.status]),
        env.width,
      ),
    ]),
    ...partNodes(s.decisions, 2, (rows) => [
      dataTable(
        [
          { title: 'Decision', share: 4 },
          { title: 'Decided by', share: 1.5 },
        ],
        rows.map((d) => [d.text, d.decidedBy]),
        env.width,
      ),
    ]),
  ];
}
