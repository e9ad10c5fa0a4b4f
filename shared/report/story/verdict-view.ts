import type { ComparisonResult, VerdictBand } from '../../compare/index.js';

/**
 * The verdict as the report and the deck read it: one adapter, so a change to the comparison's
 * verdict touches this file only.
 */
export interface VerdictView {
  sentence: string;
  percent: number | null;
  band: VerdictBand | null;
  technologyChanged: boolean;
  evidence: string[];
  unchangedSteps: number;
  workarounds: number;
  futureNotAdopted: number;
}

export function verdictView(comparison: ComparisonResult): VerdictView {
  const { verdict } = comparison;
  return {
    sentence: verdict.sentence,
    percent: verdict.percent,
    band: verdict.band,
    technologyChanged: verdict.technologyChanged,
    evidence: verdict.evidence.lines,
    unchangedSteps: verdict.evidence.unchangedSteps.length,
    workarounds: verdict.evidence.workarounds.length,
    futureNotAdopted: verdict.evidence.futureNotAdopted.length,
  };
}
