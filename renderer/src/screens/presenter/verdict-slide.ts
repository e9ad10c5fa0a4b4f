import type { ComparisonResult } from '../../../../shared/compare/types-result.js';

/** What the verdict slide shows: one figure, one sentence, the three strongest pieces of evidence. */
export interface VerdictSlide {
  figure: string;
  caption: string;
  sentence: string;
  evidence: string[];
}

/**
 * The one place the presenter reads the verdict. When the verdict carries a process figure and a
 * technology figure (issue #10), point this at them; the slide itself need not change.
 */
export function verdictSlide(result: ComparisonResult): VerdictSlide {
  const { verdict } = result;
  return {
    figure: verdict.percent === null ? '—' : `${verdict.percent} %`,
    caption: 'of the planned change is realized in the actual process',
    sentence: verdict.sentence,
    evidence: verdict.evidence.lines.slice(0, 3),
  };
}
