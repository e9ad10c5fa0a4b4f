import {
  coverageText,
  formatDelta,
  formatMetric,
  METRIC_KEYS,
  METRIC_LABELS,
  metricValue,
  type ComparisonResult,
  type MetricDelta,
  type MetricKey,
} from '../../shared/compare/index.js';
import { MAP_STATES } from '../../shared/domain/types.js';
import type { WorkshopData } from '../../shared/domain/workshop-data.js';

/** Plain-text tables for `triptych compare`. */

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...body.map(line)].join('\n');
}

function statusTable(data: WorkshopData, result: ComparisonResult): string {
  const rows: string[][] = [];
  for (const state of MAP_STATES) {
    const map = data.maps[state];
    const lanes = new Map(map.lanes.map((l) => [l.id, l.name]));
    for (const step of map.steps) {
      const s = result.statuses.byStep[step.id];
      if (!s) continue;
      const fields = s.status === 'partly_adopted' && s.differingFields.length > 0;
      const label = s.label + (fields ? ` (differs: ${s.differingFields.join(', ')})` : '');
      rows.push([state, step.title, step.laneId ? (lanes.get(step.laneId) ?? '') : '', label]);
    }
  }
  return table(['STATE', 'STEP', 'LANE', 'STATUS'], rows);
}

function metricsTable(result: ComparisonResult, hoursPerDay: number): string {
  const deltaText = (key: MetricKey, delta: MetricDelta) => formatDelta(key, delta, hoursPerDay);
  const { byState, deltas } = result.metrics;
  const rows = METRIC_KEYS.map((key) => {
    const cells = MAP_STATES.map((state) => {
      const m = byState[state][key];
      const missing = byState[state].notRecorded[key];
      if (missing !== undefined) return `not recorded (no ${missing})`;
      const value = formatMetric(key, metricValue(byState[state], key), hoursPerDay);
      return typeof m === 'number' || m.coverage.timed === m.coverage.of
        ? value
        : `${value} (${coverageText(m.coverage)})`;
    });
    return [
      METRIC_LABELS[key],
      ...cells,
      deltaText(key, deltas.planned[key]),
      deltaText(key, deltas.realized[key]),
      deltaText(key, deltas.gap[key]),
    ];
  });
  return table(['MEASURE', 'CURRENT', 'FUTURE', 'ACTUAL', 'PLANNED', 'REALIZED', 'GAP'], rows);
}

export function comparisonText(data: WorkshopData, result: ComparisonResult): string {
  const { verdict } = result;
  const figure = verdict.percent === null ? 'not measurable' : `${verdict.percent} %`;
  return [
    `${data.engagement.client}: ${data.workshop.title}`,
    '',
    `Change realized: ${figure}`,
    `Verdict: ${verdict.sentence}`,
    ...(verdict.evidence.lines.length > 0
      ? ['', 'Evidence:', ...verdict.evidence.lines.map((l) => `  - ${l}`)]
      : []),
    '',
    'Step statuses',
    statusTable(data, result),
    '',
    'Measures (planned = current to future, realized = current to actual, gap = future to actual)',
    metricsTable(result, data.workshop.hoursPerDay),
  ].join('\n');
}
