import type { SectionOf } from '../../../../shared/report/model.js';
import { bullets, heading, para } from '../blocks.js';
import { dataTable } from '../table.js';
import type { Nodes, SectionEnv } from './env.js';
import { partNodes } from './part.js';

export function methodSection(s: SectionOf<'method'>, env: SectionEnv): Nodes {
  return [
    heading(1, s.heading, { newPage: env.newPage }),
    para(s.intro),
    ...partNodes(s.states, 2, (items) => [
      dataTable(
        [
          { title: 'State', share: 1 },
          { title: 'What it describes', share: 4 },
        ],
        items.map((i) => [{ lines: [i.state], strong: true }, i.meaning]),
        env.width,
      ),
    ]),
    ...partNodes(s.measures, 2, (items) => bullets(items)),
  ];
}
