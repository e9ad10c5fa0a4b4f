import type { MeasureRow } from '../../../../shared/report/model.js';
import type { Cell, Column } from '../table.js';

export const MEASURE_COLUMNS: Column[] = [
  // Widths for the longest usual entries on one line: "Process time (hands-on)", "14 working days".
  { title: 'Measure', share: 2.1 },
  { title: 'Current', share: 1.5, align: 'right' },
  { title: 'Future', share: 1.5, align: 'right' },
  { title: 'Actual', share: 1.5, align: 'right' },
  { title: 'Planned change', share: 1.7, align: 'right' },
  { title: 'Realized change', share: 1.7, align: 'right' },
];

export function measureCells(r: MeasureRow): Cell[] {
  return [r.label, r.current, r.future, r.actual, r.planned, r.realized];
}
