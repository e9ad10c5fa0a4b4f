import {
  Footer,
  Header,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import type { ReportMeta } from '../../../shared/report/model.js';
import { MARGIN, PAPER_SIZES, contentSize } from '../../../shared/report/page.js';
import { COLORS } from './styles.js';

const twips = (points: number) => Math.round(points * 20);
const SMALL = 16; // 8 pt, in half-points

export function textWidth(meta: ReportMeta, landscape: boolean): number {
  return twips(contentSize(meta.paper, landscape).width);
}

function bar(left: string, right: (string | TextRun)[], width: number, border: 'top' | 'bottom'): Paragraph {
  const run = (text: string) => new TextRun({ text, size: SMALL, color: COLORS.muted });
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    border: { [border]: { style: 'single', size: 4, color: COLORS.line, space: 4 } },
    children: [run(left), run('\t'), ...right.map((r) => (typeof r === 'string' ? run(r) : r))],
  });
}

/** Client and "Confidential" on top, firm and page numbers below. */
function headerFooter(meta: ReportMeta, width: number) {
  const page = (children: (typeof PageNumber)[keyof typeof PageNumber][]) =>
    new TextRun({ children, size: SMALL, color: COLORS.muted });
  return {
    headers: { default: new Header({ children: [bar(meta.client, ['Confidential'], width, 'bottom')] }) },
    footers: {
      default: new Footer({
        children: [
          bar(
            meta.firmName || meta.title,
            ['Page ', page([PageNumber.CURRENT]), ' of ', page([PageNumber.TOTAL_PAGES])],
            width,
            'top',
          ),
        ],
      }),
    },
  };
}

/** A Word section on the report's paper, upright or sideways; `cover` gives its first page no header or footer. */
export function wordSection(
  meta: ReportMeta,
  landscape: boolean,
  children: ISectionOptions['children'],
  cover: boolean,
): ISectionOptions {
  const size = PAPER_SIZES[meta.paper];
  const { headers, footers } = headerFooter(meta, textWidth(meta, landscape));
  const blank = { first: new Header({ children: [new Paragraph({})] }) };
  return {
    properties: {
      titlePage: cover,
      page: {
        size: {
          width: twips(size.width),
          height: twips(size.height),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: twips(MARGIN),
          bottom: twips(MARGIN),
          left: twips(MARGIN),
          right: twips(MARGIN),
          header: 500,
          footer: 500,
        },
      },
    },
    headers: cover ? { ...headers, ...blank } : headers,
    footers: cover ? { ...footers, first: new Footer({ children: [new Paragraph({})] }) } : footers,
    children,
  };
}
