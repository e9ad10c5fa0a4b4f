import type { MeasureRow } from '../../../../shared/report/model.js';
import type { Cell, Column } from '../table.js';

export const MEASURE_COLUMNS: Column[] = [
  { title: 'Measure', share: 2.2 },
  { title: 'Current', share: 1.2, align: 'right' },
  { title: 'Future', share: 1.2, align: 'right' },
  { title: 'Actual', share: 1.2, align: 'right' },
  { title: 'Planned change', share: 1.7, align: 'right' },
  { title: 'Realized change', share: 1.7, align: 'right' },
];

export function measureCells(r: MeasureRow): Cell[] {
  return [r.label, r.current, r.future, r.actual, r.planned, r.realized];
}
