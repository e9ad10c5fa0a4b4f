import type { IpcError } from './result.js';

/**
 * Turns a refused input ("item.title: must not be empty") into a sentence naming the field in the
 * user's words ("Give the action a title."): no schema path ever reaches the screen.
 */
const THINGS: Record<string, string> = {
  pain_point: 'pain point',
  parking_lot: 'parked question',
  decision: 'decision',
  evidence: 'quote',
  attendee: 'attendee',
  agenda: 'agenda item',
  vote: 'vote',
  finding: 'finding',
  recommendation: 'recommendation',
  action: 'action',
};

const FIELDS: Record<string, string> = {
  title: 'title',
  text: 'text',
  name: 'name',
  laneName: 'lane name',
  description: 'description',
  notes: 'notes',
  tools: 'tools',
  owner: 'owner',
  detail: 'detail',
  evidence: 'evidence',
  client: 'client',
  speaker: 'speaker',
  decidedBy: 'decided by',
  role: 'role',
  organisation: 'organisation',
  processMinutes: 'process time',
  waitMinutes: 'wait time',
  pctCompleteAccurate: '%C&A',
  hoursPerDay: 'hours per day',
  dueDate: 'due date',
  date: 'date',
  minutes: 'minutes',
};

/** What the input was about: a room item's kind, a step, a lane, a workshop. */
function thingOf(channel: string, input: unknown): string {
  const item = (input as { item?: { kind?: string } } | null)?.item;
  if (item?.kind && THINGS[item.kind]) return THINGS[item.kind]!;
  const domain = channel.split(':')[0]!;
  return domain === 'room' ? 'item' : domain;
}

const article = (word: string) => (/^[aeiou%]/i.test(word) ? 'an' : 'a');
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function humanMessage(channel: string, input: unknown, error: IpcError): string {
  if (error.code !== 'invalid_input' || !error.path) return error.message;
  const raw = error.message.replace(/^[\w.[\]]+: /, '');
  const key =
    error.path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .at(-1) ?? '';
  const field = FIELDS[key] ?? key.replace(/([A-Z])/g, ' $1').toLowerCase();
  const thing = thingOf(channel, input);
  if (raw === 'must not be empty') return `Give the ${thing} ${article(field)} ${field}.`;
  const max = /must be at most (\d+) characters/.exec(raw);
  if (max)
    return `The ${thing}'s ${field} is too long: at most ${Number(max[1]).toLocaleString('en')} characters.`;
  return `${capital(`the ${thing}'s ${field}`)} ${raw.replace(/\.$/, '')}.`;
}
