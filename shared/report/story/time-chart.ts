import { metricValue } from '../../compare/index.js';
import type { ComparisonResult } from '../../compare/index.js';
import { barChart } from '../../diagram/chart.js';
import type { ReportImage } from '../model.js';
import { calendarTime, workTime } from './client-time.js';

type Key = 'leadMinutes' | 'processMinutes';

function change(c: ComparisonResult, key: Key, to: 'future' | 'actual', hours: number): string {
  const from = metricValue(c.metrics.byState.current, key);
  const value = metricValue(c.metrics.byState[to], key);
  if (from === null || value === null || from === value) return '';
  const size = Math.abs(value - from);
  const text = key === 'leadMinutes' ? calendarTime(size, hours) : workTime(size, hours);
  return `${value < from ? '−' : '+'}${text} ${to === 'future' ? 'planned' : 'realized'}`;
}

/**
 * Lead time and process time for current, future and actual, with the planned change (future
 * against current) and the realized one (actual against current) written beside the bars.
 */
export function timeChart(c: ComparisonResult, hours: number, width: number): ReportImage | null {
  const states = [
    { state: 'current', label: 'Current' },
    { state: 'future', label: 'Future (plan)' },
    { state: 'actual', label: 'Actual (today)' },
  ] as const;
  const groups = states.map(({ state, label }) => ({
    label,
    values: (['leadMinutes', 'processMinutes'] as const).map((key) => {
      const value = metricValue(c.metrics.byState[state], key);
      const base = key === 'leadMinutes' ? calendarTime(value, hours) : workTime(value, hours);
      const delta = state === 'current' ? '' : change(c, key, state, hours);
      return { value, text: value === null ? 'not timed' : delta ? `${base} (${delta})` : base };
    }),
  }));
  if (groups.every((g) => g.values.every((v) => v.value === null))) return null;
  const chart = barChart(
    [{ label: 'Lead time (calendar)' }, { label: 'Process time (hands-on)' }],
    groups,
    width,
  );
  const alt =
    'Bar chart of lead time and process time: ' +
    groups.map((g) => `${g.label}: ${g.values[0]!.text}, ${g.values[1]!.text}`).join('; ') +
    '.';
  return {
    key: 'summary-time-chart',
    svg: chart.svg,
    width: chart.width,
    height: chart.height,
    alt,
    caption: 'Lead time and process time: the planned change (future) and the realized one (actual).',
  };
}
