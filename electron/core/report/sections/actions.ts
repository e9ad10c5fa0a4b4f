import type { RoadmapRow, SectionOf } from '../../../../shared/report/model.js';
import { ROADMAP_SHARES } from '../../../../shared/report/build-roadmap.js';
import { heading, note } from '../blocks.js';
import { dataTable } from '../table.js';
import { Paragraph } from 'docx';
import type { Nodes, SectionEnv } from './env.js';
import { partNodes } from './part.js';

/** A roadmap of this many actions prints compact, as a register of as many rows does. */
const COMPACT_LINES = 30;

/** The roadmap: an owner's actions per period, one line each, in cells of at most six lines. */
function roadmapTable(rows: RoadmapRow[], width: number) {
  const twoUp = rows.some((r) => r.more.length > 0);
  return dataTable(
    [
      { title: 'Owner and due', share: ROADMAP_SHARES.lead },
      { title: 'Actions (finding answered)', share: ROADMAP_SHARES.actions },
      // Left out, with its width, when no period has more than six actions.
      { title: '', share: ROADMAP_SHARES.more },
    ],
    rows.map((r) => [
      { lines: r.lead, strong: true },
      // A list of up to six spans both action cells, as its lines were fitted to.
      { lines: r.actions, span: twoUp && r.more.length === 0 ? 2 : 1 },
      { lines: r.more },
    ]),
    width,
    {
      keepWithNext: rows.map((r) => r.keepWithNext),
      compact: rows.reduce((n, r) => n + Math.max(r.actions.length, r.more.length), 0) >= COMPACT_LINES,
    },
  );
}

/** Recommendations as a numbered list, the roadmap, then the action register: who does what by when. */
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
    // The roadmap first, at a glance; the register after it, in full.
    ...partNodes(s.roadmap ?? null, 2, (rows) => [
      ...(s.roadmapNote ? [note(s.roadmapNote, true)] : []),
      roadmapTable(rows, env.width),
    ]),
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
  ];
}
