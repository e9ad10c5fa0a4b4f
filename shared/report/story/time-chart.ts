import { metricValue } from '../../compare/index.js';
import type { ComparisonResult } from '../../compare/index.js';
import { barChart } from '../../diagram/chart.js';
import type { ReportImage } from '../model.js';
import { clientChange, clientTime } from './client-time.js';

const KEYS = ['leadMinutes', 'processMinutes'] as const;

/** The chart's legend: the two times and, once, the unit each is in. */
export const TIME_SERIES = ['Lead time (calendar)', 'Process time (hands-on)'] as const;

export const TIME_CHART_CAPTION =
  'Lead time and process time: the planned change (future) and the realized one (actual).';

/**
 * Lead time and process time for current, future and actual, with the planned change (future
 * against current) and the realized one (actual against current) written beside the bars, in the
 * units of the executive summary's messages (so "4 weeks" there is "4 weeks" on the bar). The
 * summary and the comparison chapter draw this one chart.
 */
export function timeChart(
  c: ComparisonResult,
  hours: number,
  width: number,
  key = 'summary-time-chart',
): ReportImage | null {
  const states = [
    { state: 'current', label: 'Current' },
    { state: 'future', label: 'Future (plan)' },
    { state: 'actual', label: 'Actual (today)' },
  ] as const;
  const at = (state: 'current' | 'future' | 'actual', k: (typeof KEYS)[number]) =>
    metricValue(c.metrics.byState[state], k);
  const groups = states.map(({ state, label }) => ({
    label,
    values: KEYS.map((k) => {
      const value = at(state, k);
      const base = clientTime(k, value, hours);
      const delta = state === 'current' ? '' : clientChange(k, at('current', k), value, hours);
      const done = state === 'future' ? 'planned' : 'realized';
      return { value, text: value === null ? 'not timed' : delta ? `${base} (${delta} ${done})` : base };
    }),
  }));
  if (groups.every((g) => g.values.every((v) => v.value === null))) return null;
  const chart = barChart(
    TIME_SERIES.map((label) => ({ label })),
    groups,
    width,
  );
  const alt =
    'Bar chart of lead time and process time: ' +
    groups.map((g) => `${g.label}: ${g.values[0]!.text}, ${g.values[1]!.text}`).join('; ') +
    '.';
  return { key, svg: chart.svg, width: chart.width, height: chart.height, alt, caption: TIME_CHART_CAPTION };
}
