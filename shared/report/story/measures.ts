import { metricValue } from '../../compare/index.js';
import type { ComparisonResult, MetricKey } from '../../compare/index.js';
import { measureRow } from '../measures.js';
import type { MeasureRow } from '../model.js';
import { clientChange, clientTime, isClientTime } from './client-time.js';
import { TIME_SERIES } from './time-chart.js';

/** " (−94 %)" beside a time change, as the other measures have it; a narrow cell wraps before it. */
function percent(value: number | null): string {
  return value === null ? '' : ` (${value < 0 ? '−' : '+'}${Math.round(Math.abs(value))}\u00a0%)`;
}

/**
 * Measures in the client's units, as the executive summary says them: lead time in calendar time,
 * process time in hands-on time, their changes too; the other measures as counts and ratios.
 */
export function clientMeasureRows(
  c: ComparisonResult,
  hours: number,
  keys: readonly MetricKey[],
): MeasureRow[] {
  return keys.map((key) => {
    const row = measureRow(key, c.metrics, hours);
    if (!isClientTime(key)) return row;
    const value = (state: 'current' | 'future' | 'actual') => metricValue(c.metrics.byState[state], key);
    const at = (state: 'current' | 'future' | 'actual') =>
      clientTime(key, value(state), hours) || 'not timed';
    const change = (to: 'future' | 'actual', kind: 'planned' | 'realized') => {
      const text = clientChange(key, value('current'), value(to), hours);
      const d = c.metrics.deltas[kind][key];
      if (d.absolute === null) return '';
      return text ? `${text}${percent(d.percent)}` : 'no change';
    };
    return {
      ...row,
      // The unit, once, in the chart legend's words.
      label: TIME_SERIES[key === 'leadMinutes' ? 0 : 1],
      current: at('current'),
      future: at('future'),
      actual: at('actual'),
      planned: change('future', 'planned'),
      realized: change('actual', 'realized'),
    };
  });
}
