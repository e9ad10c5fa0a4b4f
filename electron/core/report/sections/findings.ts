import type { FindingRow, SectionOf } from '../../../../shared/report/model.js';
import { heading, note, para } from '../blocks.js';
import { type Cell, dataTable } from '../table.js';
import type { Nodes, SectionEnv } from './env.js';
import { partNodes } from './part.js';

function findingCells(f: FindingRow): Cell[] {
  const about = [f.detail, f.steps ? `Steps: ${f.steps}` : ''].filter(Boolean);
  return [{ lines: [f.title, ...about], strong: true }, f.severity, f.rootCause, f.evidence];
}

/** Findings grouped by people, process and technology. */
export function findingsSection(s: SectionOf<'findings'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: !env.opensPage });
  if (s.note !== null) return [head, note(s.note)];
  return [
    head,
    para(s.intro),
    ...s.groups.flatMap((g) =>
      partNodes(g, 2, (rows) => [
        dataTable(
          [
            { title: 'Finding', share: 4 },
            { title: 'Severity', share: 0.9 },
            { title: 'Root cause', share: 1 },
            { title: 'Evidence', share: 2.4 },
          ],
          rows.map(findingCells),
          env.width,
        ),
      ]),
    ),
  ];
}
