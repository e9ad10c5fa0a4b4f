import { metricValue } from '../../compare/index.js';
import type { ComparisonResult, MetricKey } from '../../compare/index.js';
import { measureRow, metricLabel } from '../measures.js';
import type { MeasureRow } from '../model.js';
import { calendarTime, workTime } from './client-time.js';

/** Measures in the client's units: lead time in calendar time, process time in hands-on time. */
export function clientMeasureRows(
  c: ComparisonResult,
  hours: number,
  keys: readonly MetricKey[],
): MeasureRow[] {
  return keys.map((key) => {
    if (key !== 'leadMinutes' && key !== 'processMinutes') return measureRow(key, c.metrics, hours);
    const show = key === 'leadMinutes' ? calendarTime : workTime;
    const at = (state: 'current' | 'future' | 'actual') =>
      show(metricValue(c.metrics.byState[state], key), hours) || 'not timed';
    const row = measureRow(key, c.metrics, hours);
    return {
      ...row,
      label: metricLabel(key),
      current: at('current'),
      future: at('future'),
      actual: at('actual'),
    };
  });
}
