/** Stages of writing a report, as the progress bar shows them. */
export const REPORT_STAGES = ['preparing', 'drawing', 'composing', 'packing', 'writing', 'done'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

export interface ReportProgress {
  stage: ReportStage;
  percent: number;
  message: string;
}
