import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SectionOf } from '../../../../shared/report/model.js';
import { heading, note, para, textBlocks } from '../blocks.js';
import { COLORS } from '../styles.js';
import { dataTable } from '../table.js';
import type { Nodes, SectionEnv } from './env.js';
import { MEASURE_COLUMNS, measureCells } from './measures.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const WHITE = { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' };

function headlineParagraph(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { after: 160 },
    children: [new TextRun({ text, bold: true, size: 30, color: COLORS.accent })],
  });
}

/** The key messages as tiles side by side: the figure large, the sentence below it. */
function messageTiles(messages: { figure: string; text: string }[], width: number): Table {
  const w = Math.floor(width / messages.length);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: w * messages.length, type: WidthType.DXA },
    columnWidths: messages.map(() => w),
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [
      new TableRow({
        cantSplit: true,
        children: messages.map(
          (m) =>
            new TableCell({
              width: { size: w, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF1F5' },
              borders: { top: WHITE, bottom: WHITE, left: WHITE, right: WHITE },
              margins: { top: 100, bottom: 100, left: 140, right: 140 },
              children: [
                ...(m.figure
                  ? [
                      new Paragraph({
                        spacing: { after: 60 },
                        children: [
                          new TextRun({ text: m.figure, bold: true, size: 28, color: COLORS.accent }),
                        ],
                      }),
                    ]
                  : []),
                new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: m.text, size: 19 })] }),
              ],
            }),
        ),
      }),
    ],
  });
}

const REC_COLUMNS = [
  { title: 'Recommendation', share: 6 },
  { title: 'Owner', share: 2 },
  { title: 'By', share: 2 },
];

/** The summary on one page: headline, three messages, time chart, top recommendations, then the prose. */
export function summarySection(s: SectionOf<'summary'>, env: SectionEnv): Nodes {
  const head = heading(1, s.heading, { newPage: env.newPage });
  if (s.note !== null) return [head, note(s.note)];
  const recs = s.recommendations ?? [];
  const table = s.measures.length
    ? [
        para('Key measures', { bold: true, keepNext: true }),
        dataTable(MEASURE_COLUMNS, s.measures.map(measureCells), env.width),
      ]
    : [];
  return [
    head,
    ...(s.headline ? [headlineParagraph(s.headline)] : []),
    ...(s.messages?.length
      ? [messageTiles(s.messages, env.width), new Paragraph({ spacing: { after: 60 } })]
      : []),
    ...textBlocks(s.blocks),
    ...(s.chart ? env.picture(s.chart) : []),
    ...(recs.length
      ? [
          para('What we recommend', { bold: true, keepNext: true }),
          dataTable(
            REC_COLUMNS,
            recs.map((r) => [r.text, r.owner, r.due]),
            env.width,
          ),
        ]
      : []),
    ...table,
    ...(s.unitNote ? [note(s.unitNote)] : []),
  ];
}
