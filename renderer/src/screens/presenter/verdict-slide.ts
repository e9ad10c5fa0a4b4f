import type { ComparisonResult } from '../../../../shared/compare/types-result.js';

/** What the verdict slide shows: one figure, one sentence, the three strongest pieces of evidence. */
export interface VerdictSlide {
  figure: string;
  caption: string;
  /** The technology figure beside the process one: the two questions are kept apart. */
  technology: string | null;
  sentence: string;
  evidence: string[];
}

/** The one place the presenter reads the verdict: the process figure first, the technology one beside it. */
export function verdictSlide(result: ComparisonResult): VerdictSlide {
  const { verdict } = result;
  const tech = verdict.technology;
  return {
    figure: verdict.percent === null ? '—' : `${verdict.percent} %`,
    caption:
      verdict.percent === null
        ? 'no verdict yet'
        : 'of the planned process change is realized in the actual process',
    technology: tech.percent === null ? null : `Technology change realized: ${tech.percent} %`,
    sentence: verdict.sentence,
    evidence: verdict.evidence.lines.slice(0, 3),
  };
}
