import type { ModdleElement } from 'bpmn-moddle';
import { convert } from 'html-to-text';
import { AUTOMATION, ENVIRONMENTS, STEP_KINDS, VALUE_CLASSES, type StepKind } from '../domain/types.js';
import { list, oneLine, str, typeLabel } from './bpmn-read.js';
import { type StepDraft, emptyDraft } from './step-draft.js';

const TASKS: Record<string, { automation: StepDraft['automation']; kind: StepKind }> = {
  'bpmn:Task': { automation: null, kind: 'task' },
  'bpmn:UserTask': { automation: 'manual', kind: 'task' },
  'bpmn:ManualTask': { automation: 'manual', kind: 'task' },
  'bpmn:ServiceTask': { automation: 'automated', kind: 'task' },
  'bpmn:ScriptTask': { automation: 'automated', kind: 'task' },
  'bpmn:BusinessRuleTask': { automation: 'automated', kind: 'task' },
  'bpmn:SendTask': { automation: null, kind: 'handoff' },
  'bpmn:ReceiveTask': { automation: null, kind: 'wait' },
  'bpmn:CallActivity': { automation: null, kind: 'task' },
  'bpmn:SubProcess': { automation: null, kind: 'task' },
  'bpmn:AdHocSubProcess': { automation: null, kind: 'task' },
  'bpmn:Transaction': { automation: null, kind: 'task' },
};

/** Gateways that choose a path; a parallel gateway only splits the flow and is no step. */
const DECISIONS = new Set([
  'bpmn:ExclusiveGateway',
  'bpmn:InclusiveGateway',
  'bpmn:ComplexGateway',
  'bpmn:EventBasedGateway',
]);

/** An event's definitions: inside it, or (MID Innovator) at the file's root and referenced by id. */
const definitions = (node: ModdleElement) =>
  [...list(node, 'eventDefinitions'), ...list(node, 'eventDefinitionRef')].map((d) => d.$type);

/**
 * Events that are work in the room: waiting for a timer or a message is a wait, sending a
 * message is a handoff. On a boundary they are the path taken when the task waits too long.
 */
export function eventKind(node: ModdleElement): 'wait' | 'handoff' | null {
  const defs = definitions(node);
  const timer = defs.includes('bpmn:TimerEventDefinition');
  const message = defs.includes('bpmn:MessageEventDefinition');
  if (node.$type === 'bpmn:IntermediateCatchEvent' || node.$type === 'bpmn:BoundaryEvent')
    return timer || message ? 'wait' : null;
  if (node.$type === 'bpmn:IntermediateThrowEvent') return message ? 'handoff' : null;
  return null;
}

/** "timer boundary event", "signal intermediate throw event": what an element is, for warnings. */
export function elementLabel(node: ModdleElement): string {
  const def = definitions(node)[0];
  const kind = def ? `${typeLabel(def).replace(/ event definition$/, '')} ` : '';
  return `${kind}${typeLabel(node.$type)}`;
}

/** A kind of element that can be a step; see isStep for gateways. */
export function isStepType(node: ModdleElement): boolean {
  return node.$type in TASKS || DECISIONS.has(node.$type) || eventKind(node) !== null;
}

/** Documentation as modelers write it, often HTML (Signavio, ADONIS), as plain text. */
export function plainText(text: string): string {
  const trimmed = text.trim();
  if (!/<[a-z][\s\S]*>/i.test(trimmed)) return trimmed;
  return convert(trimmed, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
    ],
  }).trim();
}

function fallbackTitle(node: ModdleElement, kind: StepKind): string {
  if (kind === 'decision') return 'Decision';
  if (node.$type.endsWith('Event')) {
    const defs = definitions(node);
    if (kind === 'handoff') return 'Send message';
    return defs.includes('bpmn:MessageEventDefinition') ? 'Wait for message' : 'Wait';
  }
  const label = typeLabel(node.$type);
  return label === 'task' ? 'Untitled step' : label[0]!.toUpperCase() + label.slice(1);
}

/**
 * Whether a node becomes a step: a gateway only when it chooses between paths (or Triptych wrote
 * it as a decision); one that merges paths back together is drawing, not work.
 */
export function isStep(node: ModdleElement, outgoing: number, markedDecision: boolean): boolean {
  if (!isStepType(node)) return false;
  return !DECISIONS.has(node.$type) || outgoing > 1 || markedDecision;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.find((a) => a === value);
}

function number(value: string | undefined, max: number): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= max ? n : null;
}

function tools(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return value
      .split(';')
      .map((t) => t.trim())
      .filter(Boolean);
  }
}

/** A task, decision gateway or timer as a step; Triptych's own attributes, when present, win. */
export function draftFromNode(
  node: ModdleElement,
  attr: (el: ModdleElement, name: string) => string | undefined,
): StepDraft {
  const task = TASKS[node.$type];
  const fallbackKind: StepKind = task ? task.kind : (eventKind(node) ?? 'decision');
  const draft = emptyDraft(oneLine(str(node, 'name')) || fallbackTitle(node, fallbackKind));
  const a = (name: string) => attr(node, name);
  // Triptych writes every step's kind, and its documentation as the plain text it was typed in.
  const own = a('kind') !== undefined;
  draft.description = list(node, 'documentation')
    .map((d) => (own ? str(d, 'text') : plainText(str(d, 'text'))))
    .filter(Boolean)
    .join('\n\n');
  draft.kind = oneOf(STEP_KINDS, a('kind')) ?? fallbackKind;
  draft.automation = oneOf(AUTOMATION, a('automation')) ?? task?.automation ?? null;
  draft.tools = tools(a('tools'));
  draft.environment = oneOf(ENVIRONMENTS, a('environment')) ?? null;
  draft.processMinutes = number(a('processMinutes'), 10_000_000);
  draft.waitMinutes = number(a('waitMinutes'), 10_000_000);
  draft.pctCompleteAccurate = number(a('pctCompleteAccurate'), 100);
  draft.valueClass = oneOf(VALUE_CLASSES, a('valueClass')) ?? null;
  draft.notes = a('notes') ?? '';
  return draft;
}
