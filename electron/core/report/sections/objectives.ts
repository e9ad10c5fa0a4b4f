import type { SectionOf } from '../../../../shared/report/model.js';
import { heading, note, para } from '../blocks.js';
import { dataTable } from '../table.js';
import type { Nodes, SectionEnv } from './env.js';
import { partNodes } from './part.js';

export function objectivesSection(s: SectionOf<'objectives'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: env.newPage });
  if (s.note !== null) return [head, note(s.note)];
  return [
    head,
    ...partNodes(s.objectives, 2, (items) => items.map((t) => para(t))),
    ...partNodes(s.process, 2, (items) => [
      dataTable(
        [
          { title: 'Item', share: 1 },
          { title: 'Detail', share: 3 },
        ],
        items.map((f) => [f.label, f.value]),
        env.width,
      ),
    ]),
    ...partNodes(s.attendees, 2, (items) => [
      dataTable(
        [
          { title: 'Name', share: 1.2 },
          { title: 'Role', share: 1.4 },
          { title: 'Organisation', share: 1.4 },
        ],
        items.map((a) => [a.name, a.role, a.organisation]),
        env.width,
      ),
    ]),
    ...partNodes(s.agenda, 2, (items) => [
      dataTable(
        [
          { title: 'Agenda item', share: 4 },
          { title: 'Time', share: 1, align: 'right' },
        ],
        items.map((a) => [a.title, a.minutes]),
        env.width,
      ),
    ]),
  ];
}
