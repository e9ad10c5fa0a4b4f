import { metricValue } from '../../compare/index.js';
import type { ComparisonResult, MetricKey } from '../../compare/index.js';
import type { WorkshopData } from '../../domain/workshop-data.js';
import { plural } from '../format.js';
import { topFindings } from '../summary.js';
import { calendarTime, workTime } from './client-time.js';
import type { VerdictView } from './verdict-view.js';

/** One key message of the summary: a figure the client can quote, and a sentence around it. */
export interface KeyMessage {
  figure: string;
  text: string;
}

function value(c: ComparisonResult, state: 'current' | 'future' | 'actual', key: MetricKey) {
  return metricValue(c.metrics.byState[state], key);
}

function leadMessage(c: ComparisonResult, hours: number): KeyMessage | null {
  const [cur, fut, act] = (['current', 'future', 'actual'] as const).map((s) =>
    calendarTime(value(c, s, 'leadMinutes'), hours),
  );
  if (!cur || !act) return null;
  const planned = fut ? `; the design promised ${fut}` : '';
  return {
    figure: act,
    text: `A request now takes ${act} from start to finish, against ${cur} before${planned}.`,
  };
}

function stepsMessage(c: ComparisonResult, verdict: VerdictView): KeyMessage | null {
  const cur = value(c, 'current', 'steps');
  const act = value(c, 'actual', 'steps');
  if (cur === null || act === null || cur === 0) return null;
  const kept = verdict.unchangedSteps;
  const approvals = value(c, 'actual', 'approvals');
  const extra = approvals ? ` It still needs ${plural(approvals, 'approval')}.` : '';
  if (kept > 0)
    return {
      figure: plural(kept, 'step'),
      text: `${plural(kept, 'step')} the design meant to change are still done the old way (${act} steps now, ${cur} before).${extra}`,
    };
  return { figure: `${act} steps`, text: `The process now has ${act} steps, against ${cur} before.${extra}` };
}

function effortMessage(c: ComparisonResult, hours: number): KeyMessage | null {
  const cur = value(c, 'current', 'processMinutes');
  const act = value(c, 'actual', 'processMinutes');
  if (cur === null || act === null) return null;
  const fut = value(c, 'future', 'processMinutes');
  const planned = fut !== null ? ` (designed: ${workTime(fut, hours)})` : '';
  return {
    figure: workTime(act, hours),
    text: `Hands-on work per request is ${workTime(act, hours)}${planned}, against ${workTime(cur, hours)} before.`,
  };
}

function findingMessage(data: WorkshopData): KeyMessage | null {
  const top = topFindings(data, 1)[0];
  if (!top) return null;
  return { figure: `${top.severity} severity`, text: `${top.title}.` };
}

/** Three messages, each with its figure: time, the process itself, then effort or the top finding. */
export function keyMessages(data: WorkshopData, c: ComparisonResult, verdict: VerdictView): KeyMessage[] {
  const hours = data.workshop.hoursPerDay;
  const candidates = [
    leadMessage(c, hours),
    stepsMessage(c, verdict),
    effortMessage(c, hours),
    findingMessage(data),
  ];
  return candidates.filter((m): m is KeyMessage => m !== null).slice(0, 3);
}
