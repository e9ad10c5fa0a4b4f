import type { Paper } from './options.js';

/** Page geometry in points (1/72 inch), shared by the diagram layout and the Word writer. */

export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  a4: { width: 595.3, height: 841.9 },
  letter: { width: 612, height: 792 },
};

export const MARGIN = 54;

/** Room the first diagram page leaves for the headings and lines above the picture, and its caption. */
const FIRST_OVERHEAD = 110;
/** Room a following page leaves for the caption. */
const OVERHEAD = 40;

export function pageSize(paper: Paper, landscape: boolean) {
  const { width, height } = PAPER_SIZES[paper];
  return landscape ? { width: height, height: width } : { width, height };
}

export function contentSize(paper: Paper, landscape: boolean) {
  const page = pageSize(paper, landscape);
  return { width: page.width - 2 * MARGIN, height: page.height - 2 * MARGIN };
}

export function diagramBox(paper: Paper, landscape: boolean) {
  const content = contentSize(paper, landscape);
  return {
    width: Math.floor(content.width),
    maxHeight: Math.floor(content.height - OVERHEAD),
    firstMaxHeight: Math.floor(content.height - FIRST_OVERHEAD),
  };
}
