import type { SectionOf, StepRow } from '../../../../shared/report/model.js';
import { heading, note, para } from '../blocks.js';
import { type Cell, type Column, dataTable } from '../table.js';
import type { Nodes, SectionEnv } from './env.js';
import { partNodes } from './part.js';

// Widths chosen so that a typical row prints on one line: a long map's table stays a few pages.
const STEP_COLUMNS: Column[] = [
  { title: '#', share: 0.55, align: 'right' },
  { title: 'Lane', share: 1.9 },
  { title: 'Step', share: 3.1 },
  // Wide enough for "Approval" and "Process" on one line each.
  { title: 'Kind', share: 1.15 },
  { title: 'Tools', share: 1.6 },
  { title: 'Process time', share: 1.12, align: 'right' },
  { title: 'Wait time', share: 1.12, align: 'right' },
  { title: 'Pain points', share: 1.76 },
];

export function stepCells(r: StepRow): Cell[] {
  return [r.number, r.lane, r.title, r.kind, r.tools, r.processTime, r.waitTime, { lines: r.painPoints }];
}

/** One state: what it is, its swimlane diagram (in parts when long) and its step table. */
export function stateSection(s: SectionOf<'state'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: env.newPage });
  if (s.note !== null) return [head, note(s.note)];
  return [
    head,
    para(s.intro),
    ...partNodes(s.diagram, 2, (images) => images.flatMap(env.picture)),
    ...partNodes(s.steps, 2, (rows) => [
      ...(s.timesNote ? [note(s.timesNote, true)] : []),
      dataTable(STEP_COLUMNS, rows.map(stepCells), env.width),
    ]),
  ];
}
