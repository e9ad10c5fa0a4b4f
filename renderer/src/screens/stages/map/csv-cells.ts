import { formatDuration } from '../../../../../shared/domain/duration.js';
import type { CsvField } from '../../../../../shared/exchange/csv-columns.js';
import type { StepDraft } from '../../../../../shared/exchange/step-draft.js';

/** How the preview shows a field read from a CSV row (what will be imported, not the raw text). */
export function draftCell(step: StepDraft, field: CsvField, hoursPerDay: number): string {
  const minutes = (m: number | null) => (m === null ? '' : formatDuration(m, hoursPerDay));
  switch (field) {
    case 'state':
      return '';
    case 'lane':
      return step.lane;
    case 'title':
      return step.title;
    case 'description':
      return step.description;
    case 'kind':
      return step.kind;
    case 'tools':
      return step.tools.join(', ');
    case 'processTime':
      return minutes(step.processMinutes);
    case 'waitTime':
      return minutes(step.waitMinutes);
    case 'pctCompleteAccurate':
      return step.pctCompleteAccurate === null ? '' : `${step.pctCompleteAccurate} %`;
    case 'automation':
      return step.automation ?? '';
    case 'valueClass':
      return step.valueClass ?? '';
    case 'environment':
      return step.environment ?? '';
    case 'painPoints':
      return step.painPoints.join('; ');
    case 'notes':
      return step.notes;
  }
}
