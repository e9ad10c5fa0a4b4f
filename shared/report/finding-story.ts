import type { Finding } from '../domain/room.js';
import { FINDING_CATEGORIES, type Step } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import { formatDate, listText, plural } from './format.js';
import type { DateFormat } from './options.js';
import { calendarTime, workTime } from './story/client-time.js';

/**
 * One finding told as a story: what was seen, what the room said about it (and who), what it
 * costs in time, what we recommend and the actions that answer it. Plain data for the report
 * and the deck.
 */
export interface FindingStory {
  /** "F1": how the action register and the roadmap point back at it. */
  number: string;
  title: string;
  observation: string;
  evidence: string[];
  implication: string;
  recommendations: string[];
  actions: string[];
}

const EVIDENCE_SHOWN = 5;
const stepTime = (s: Step) => (s.processMinutes ?? 0) + (s.waitMinutes ?? 0);
const timed = (s: Step) => s.processMinutes !== null || s.waitMinutes !== null;

/** The numbers ("F1", "F2"…) in the order the report lists findings. */
export function findingNumbers(findings: readonly Finding[]): Map<string, string> {
  return new Map(findings.map((f, i) => [f.id, `F${i + 1}`]));
}

/** The numbers as the report gives them: findings grouped by category (people, process, technology). */
export function reportFindingNumbers(findings: readonly Finding[]): Map<string, string> {
  return findingNumbers(FINDING_CATEGORIES.flatMap((c) => findings.filter((f) => f.category === c)));
}

/** What every finding's story looks things up in, indexed once for all of them. */
interface Lookup {
  votes: Map<string, number>;
  quote: Map<string, WorkshopData['evidence'][number]>;
  pain: Map<string, WorkshopData['painPoints'][number]>;
  steps: Map<string, { s: Step; state: 'current' | 'future' | 'actual' }>;
}

function lookup(data: WorkshopData): Lookup {
  const votes = new Map<string, number>();
  for (const v of data.votes)
    if (v.targetType === 'pain_point') votes.set(v.targetId, (votes.get(v.targetId) ?? 0) + v.dots);
  return {
    votes,
    quote: new Map(data.evidence.map((e) => [e.id, e])),
    pain: new Map(data.painPoints.map((p) => [p.id, p])),
    steps: new Map(
      (['current', 'future', 'actual'] as const).flatMap((state) =>
        data.maps[state].steps.map((s) => [s.id, { s, state }] as const),
      ),
    ),
  };
}

function evidenceLines(
  data: WorkshopData,
  f: Finding,
  stepName: (id: string) => string,
  { votes, quote, pain }: Lookup,
): string[] {
  const chosen = (f.sources ?? []).map((s) => `${s.type}:${s.id}`);
  // What was said at the steps the finding concerns supports it too, after what was picked.
  const steps = new Set(f.stepIds);
  const nearby = [
    ...data.evidence.filter((e) => e.stepId !== null && steps.has(e.stepId)).map((e) => `evidence:${e.id}`),
    ...data.painPoints.filter((p) => steps.has(p.stepId)).map((p) => `pain_point:${p.id}`),
  ];
  const lines: string[] = [];
  for (const key of [...new Set([...chosen, ...nearby])]) {
    const [type, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (type === 'evidence' && quote.has(id)) {
      const e = quote.get(id)!;
      const at = e.stepId ? stepName(e.stepId) : '';
      const who = [e.speaker, at && `at ${at}`].filter(Boolean).join(', ');
      lines.push(`“${e.text}”${who ? ` (${who})` : ''}`);
    } else if (type === 'pain_point' && pain.has(id)) {
      const p = pain.get(id)!;
      const dots = votes.get(id) ?? 0;
      lines.push(
        `Pain point at ${stepName(p.stepId)}: ${p.text}${dots > 0 ? ` (${plural(dots, 'vote')} in the room)` : ''}`,
      );
    }
  }
  const shown = lines.slice(0, EVIDENCE_SHOWN);
  if (f.evidence.trim()) shown.push(f.evidence.trim());
  return shown;
}

/** What the finding costs in time, from the timed steps it concerns, in units a client reads. */
export function implication(data: WorkshopData, f: Finding, index: Lookup = lookup(data)): string {
  const hours = data.workshop.hoursPerDay;
  const byId = index.steps;
  const linked = f.stepIds.map((id) => byId.get(id)).filter((x) => x !== undefined);
  const actual = linked.filter((x) => x.state === 'actual').map((x) => x.s);
  const concerned = actual.length > 0 ? actual : linked.filter((x) => x.state === 'current').map((x) => x.s);
  if (concerned.length === 0) return '';
  const state = actual.length > 0 ? 'actual' : 'current';
  const all = data.maps[state].steps;
  if (!concerned.some(timed))
    return `It concerns ${plural(concerned.length, 'step')} of the ${state} process; ${concerned.length === 1 ? 'it is' : 'they are'} not timed, so its cost in time is not measured.`;
  const minutes = concerned.reduce((n, s) => n + stepTime(s), 0);
  const hands = concerned.reduce((n, s) => n + (s.processMinutes ?? 0), 0);
  const lead = all.reduce((n, s) => n + stepTime(s), 0);
  const share = lead > 0 ? Math.round((minutes / lead) * 100) : null;
  const planned = linked.filter((x) => x.state === 'future').map((x) => x.s);
  const plannedMinutes = planned.reduce((n, s) => n + stepTime(s), 0);
  const parts = [
    `The ${concerned.length === 1 ? 'step' : `${concerned.length} steps`} it concerns take${concerned.length === 1 ? 's' : ''} ` +
      `${calendarTime(minutes, hours)} of elapsed time in the ${state} process` +
      (share !== null && share < 100 ? ` (${share} % of its lead time)` : '') +
      (hands > 0 ? `, ${workTime(hands, hours)} of it hands-on work` : '') +
      '.',
  ];
  if (planned.length > 0 && planned.some(timed))
    parts.push(
      plannedMinutes < minutes
        ? `The future design planned ${calendarTime(plannedMinutes, hours)} for the same work.`
        : `The future design planned ${calendarTime(plannedMinutes, hours)} for it.`,
    );
  return parts.join(' ');
}

export function findingStories(
  data: WorkshopData,
  findings: readonly Finding[],
  stepName: (id: string) => string,
  dateFormat: DateFormat,
): FindingStory[] {
  const numbers = findingNumbers(findings);
  const index = lookup(data);
  return findings.map((f) => {
    const steps = f.stepIds.map(stepName).filter(Boolean);
    const observation = [f.detail.trim(), steps.length ? `Steps: ${listText(steps)}.` : '']
      .filter(Boolean)
      .join(' ');
    return {
      number: numbers.get(f.id)!,
      title: f.title,
      observation,
      evidence: evidenceLines(data, f, stepName, index),
      implication: implication(data, f, index),
      recommendations: data.recommendations.filter((r) => r.findingId === f.id).map((r) => r.text),
      actions: data.actions
        .filter((a) => a.findingId === f.id)
        .map((a) => {
          const due = formatDate(a.dueDate, dateFormat);
          const who = [a.owner.trim(), due && `by ${due}`].filter(Boolean).join(', ');
          return who ? `${a.title} (${who})` : a.title;
        }),
    };
  });
}

/**
 * How many findings are told in full (heading, evidence, implication, actions); the rest of a long
 * list goes into one compact table per group, so 40 findings do not fill ten pages.
 */
export const FINDINGS_TOLD = 12;

/** Splits each group's findings into those told in full and the rest, counting across groups. */
export function splitTold<T>(groups: readonly { items: readonly T[] }[]): { told: T[]; rest: T[] }[] {
  let left = FINDINGS_TOLD;
  return groups.map((g) => {
    const n = Math.max(0, Math.min(left, g.items.length));
    left -= n;
    return { told: g.items.slice(0, n), rest: g.items.slice(n) };
  });
}
