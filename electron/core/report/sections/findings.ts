import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { FindingRow, SectionOf } from '../../../../shared/report/model.js';
import { heading, note, para } from '../blocks.js';
import type { Nodes, SectionEnv } from './env.js';
import { partNodes } from './part.js';
import { splitTold } from '../../../../shared/report/finding-story.js';
import { type Cell, dataTable } from '../table.js';

function restCells(f: FindingRow): Cell[] {
  return [
    { lines: [`${f.number}. ${f.title}`, f.observation], strong: true },
    f.severity,
    f.implication,
    f.actions.join('; '),
  ];
}

/** "Label. text" with the label in bold, as a consultant writes a finding up. */
function labelled(label: string, text: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label}. `, bold: true }), new TextRun(text)],
    spacing: { after: 80 },
  });
}

function list(label: string, items: readonly string[]): Paragraph[] {
  if (items.length === 0) return [];
  if (items.length === 1) return [labelled(label, items[0]!)];
  return [
    new Paragraph({ children: [new TextRun({ text: `${label}.`, bold: true })], keepNext: true }),
    ...items.map((text) => new Paragraph({ text, bullet: { level: 0 } })),
  ];
}

/** One finding: observation → evidence → implication → recommendation → the actions that answer it. */
function findingStory(f: FindingRow): Nodes {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, text: `${f.number}. ${f.title}`, keepNext: true }),
    labelled('Severity', `${f.severity} · Root cause: ${f.rootCause}`),
    ...(f.observation ? [labelled('Observation', f.observation)] : []),
    ...list('Evidence', f.evidence),
    ...(f.implication ? [labelled('Implication', f.implication)] : []),
    ...list('Recommendation', f.recommendations),
    ...list('Actions', f.actions),
  ];
}

/** Findings grouped by people, process and technology, each told as a story. */
export function findingsSection(s: SectionOf<'findings'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: env.newPage });
  if (s.note !== null) return [head, note(s.note)];
  return [
    head,
    para(s.intro),
    ...s.groups.flatMap((g, i) => {
      const { told, rest } = splitTold(s.groups)[i]!;
      return partNodes(g, 2, () => [
        ...told.flatMap(findingStory),
        ...(rest.length
          ? [
              note(told.length ? 'Further findings, in brief:' : 'In brief:'),
              dataTable(
                [
                  { title: 'Finding', share: 4 },
                  { title: 'Severity', share: 0.9 },
                  { title: 'Implication', share: 2.4 },
                  { title: 'Actions', share: 2 },
                ],
                rest.map(restCells),
                env.width,
              ),
            ]
          : []),
      ]);
    }),
  ];
}
