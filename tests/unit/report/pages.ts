import { execFileSync } from 'node:child_process';
import type { ReportModel } from '../../../shared/report/model.js';
import { outlineOf } from '../../../shared/report/outline.js';
import { MARGIN } from '../../../shared/report/page.js';
import { pageFill } from '../../helpers/pdf.js';

export interface PageIssue {
  page: number;
  fill: number;
  opens: string;
}

/**
 * The pages of a report's PDF that are less than a quarter filled, apart from the cover and the
 * last page of a chapter that began on an earlier page. A chapter is found where a page's first
 * line under the header is one of the report's level-1 headings; a chapter on one page must fill
 * a quarter of it like any other.
 */
export function underfilledPages(pdf: string, model: ReportModel): PageIssue[] {
  const chapters = new Set([
    'Contents',
    ...outlineOf(model)
      .filter((e) => e.level === 1 && !e.omitted)
      .map((e) => e.text),
  ]);
  const firstLines = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((page) => {
      const lines = page.split('\n').map((l) => l.trim());
      const header = lines.findIndex((l) => l.endsWith('Confidential'));
      return lines.slice(header + 1).find((l) => l !== '') ?? '';
    });
  const fills = pageFill(pdf, MARGIN / 72);
  const starts = fills.map((_, i) => chapters.has(firstLines[i]!));
  const cover = model.sections[0]?.kind === 'cover';
  return fills.flatMap((fill, i) => {
    if (fill >= 0.25 || (i === 0 && cover)) return [];
    const chapterEnd = !starts[i] && (i === fills.length - 1 || starts[i + 1]);
    return chapterEnd ? [] : [{ page: i + 1, fill: Math.round(fill * 100) / 100, opens: firstLines[i]! }];
  });
}
