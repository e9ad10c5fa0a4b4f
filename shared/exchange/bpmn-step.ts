import type { ModdleElement } from 'bpmn-moddle';
import { AUTOMATION, ENVIRONMENTS, STEP_KINDS, VALUE_CLASSES, type StepKind } from '../domain/types.js';
import { list, oneLine, str } from './bpmn-read.js';
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

const isTimer = (node: ModdleElement) =>
  node.$type === 'bpmn:IntermediateCatchEvent' &&
  list(node, 'eventDefinitions').some((d) => d.$type === 'bpmn:TimerEventDefinition');

/** A kind of element that can be a step; see isStep for gateways. */
export function isStepType(node: ModdleElement): boolean {
  return node.$type in TASKS || DECISIONS.has(node.$type) || isTimer(node);
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
  const fallbackKind: StepKind = task ? task.kind : isTimer(node) ? 'wait' : 'decision';
  const draft = emptyDraft(
    oneLine(str(node, 'name')) ||
      (fallbackKind === 'decision' ? 'Decision' : fallbackKind === 'wait' ? 'Wait' : 'Untitled step'),
  );
  draft.description = list(node, 'documentation')
    .map((d) => str(d, 'text').trim())
    .filter(Boolean)
    .join('\n\n');
  const a = (name: string) => attr(node, name);
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
