import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { TRIPTYCH_BPMN_NS, UNASSIGNED_ATTR } from './bpmn-names.js';
import { flowOrder } from './bpmn-order.js';
import { annotations } from './bpmn-annotations.js';
import { diagramPositions, list, oneLine, ref, str, typeLabel } from './bpmn-read.js';
import { draftFromNode, isStep, isStepType } from './bpmn-step.js';
import { checkTextSize } from './limits.js';
import type { StepDraft } from './step-draft.js';

export interface BpmnSteps {
  processName: string;
  /** Lane names in diagram order, including lanes no step uses. */
  lanes: string[];
  steps: StepDraft[];
  warnings: string[];
}

export type BpmnRead = { ok: true; value: BpmnSteps } | { ok: false; message: string };

const fail = (message: string): BpmnRead => ({ ok: false, message });

/** The one check that keeps XML external entities out: no DTD is ever handed to the parser. */
export function refuseDtd(xml: string): string | null {
  return /<!DOCTYPE|<!ENTITY/i.test(xml)
    ? 'This BPMN file declares a DOCTYPE or entities, which Triptych never reads (they can point at other files). ' +
        'Save it again from your modeler without them.'
    : null;
}

/** Left out without a word: the ends of every flow, and the data behind a data object reference. */
const SILENT = new Set(['bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:SequenceFlow', 'bpmn:DataObject']);

function leafLanes(laneSet: ModdleElement | undefined): ModdleElement[] {
  return list(laneSet, 'lanes').flatMap((lane) => {
    const children = leafLanes(ref(lane, 'childLaneSet'));
    return children.length > 0 ? children : [lane];
  });
}

function pickProcess(definitions: ModdleElement): { process?: ModdleElement; others: number } {
  const roots = list(definitions, 'rootElements');
  const byParticipant = roots
    .filter((r) => r.$type === 'bpmn:Collaboration')
    .flatMap((c) => list(c, 'participants').map((p) => ref(p, 'processRef')))
    .filter((p): p is ModdleElement => p !== undefined);
  const processes = [...new Set([...byParticipant, ...roots.filter((r) => r.$type === 'bpmn:Process')])];
  const withSteps = processes.filter((p) => list(p, 'flowElements').some(isStepType));
  return { process: withSteps[0] ?? processes[0], others: Math.max(0, withSteps.length - 1) };
}

/**
 * Reads the steps of a BPMN process in flow order: tasks and decision gateways become steps,
 * lanes come from flowNodeRef, everything else is left out and listed in the warnings.
 */
export async function bpmnToSteps(xml: string): Promise<BpmnRead> {
  const refusal = checkTextSize(xml) ?? refuseDtd(xml);
  if (refusal) return fail(refusal);
  let definitions: ModdleElement;
  const warnings: string[] = [];
  try {
    const result = await new BpmnModdle().fromXML(xml);
    definitions = result.rootElement;
    const unread = result.warnings.map((w) => w.message.split('\n')[0]!);
    if (unread.length > 0)
      warnings.push(
        `${unread.length} part(s) of the file could not be read and were left out: ${unread.slice(0, 3).join('; ')}`,
      );
  } catch (err) {
    return fail(
      `This is not a BPMN 2.0 file Triptych can read: ${String((err as Error).message).split('\n')[0]}.`,
    );
  }
  if (definitions?.$type !== 'bpmn:Definitions')
    return fail('This is not a BPMN 2.0 file: it has no definitions.');
  const { process, others } = pickProcess(definitions);
  if (!process) return fail('The BPMN file has no process to import.');
  if (others > 0)
    warnings.push(
      `Only the process "${oneLine(str(process, 'name')) || process.id}" was imported; ${others} other process(es) were left out.`,
    );

  const prefix = Object.entries(definitions.$attrs)
    .find(([k, v]) => k.startsWith('xmlns:') && v === TRIPTYCH_BPMN_NS)?.[0]
    .slice(6);
  const attr = (el: ModdleElement, name: string): string | undefined =>
    prefix ? el.$attrs[`${prefix}:${name}`] : undefined;
  const positions = diagramPositions(definitions);
  const elements = list(process, 'flowElements');
  const documentOrder = new Map(elements.map((e, i) => [e.id ?? '', i]));
  const compare = (a: string, b: string) => {
    const pa = positions.get(a);
    const pb = positions.get(b);
    return (pa && pb ? pa.x - pb.x || pa.y - pb.y : 0) || documentOrder.get(a)! - documentOrder.get(b)!;
  };

  const laneEls = leafLanes(list(process, 'laneSets')[0]);
  const lanePos = (l: ModdleElement) => positions.get(l.id ?? '')?.y;
  if (laneEls.every((l) => lanePos(l) !== undefined)) laneEls.sort((a, b) => lanePos(a)! - lanePos(b)!);
  const laneName = new Map<ModdleElement, string>(
    laneEls.map((l, i) => [
      l,
      attr(l, UNASSIGNED_ATTR) === 'true' ? '' : oneLine(str(l, 'name')) || `Lane ${i + 1}`,
    ]),
  );
  const laneOf = new Map<string, string>();
  for (const lane of laneEls)
    for (const node of list(lane, 'flowNodeRef')) if (node.id) laneOf.set(node.id, laneName.get(lane)!);

  const nodes = elements.filter((e) => e.$type !== 'bpmn:SequenceFlow' && e.id);
  const edges = elements
    .filter((e) => e.$type === 'bpmn:SequenceFlow')
    .map((f) => [ref(f, 'sourceRef')?.id ?? '', ref(f, 'targetRef')?.id ?? ''] as const);
  const starts = nodes.filter((n) => n.$type === 'bpmn:StartEvent').map((n) => n.id!);
  const byId = new Map(nodes.map((n) => [n.id!, n]));
  const outgoing = new Map<string, number>();
  for (const [from] of edges) outgoing.set(from, (outgoing.get(from) ?? 0) + 1);
  const ordered = flowOrder([...byId.keys()], edges, starts, compare).map((id) => byId.get(id)!);

  const notes = annotations(process, attr);
  const skipped = new Map<string, number>();
  const steps: StepDraft[] = [];
  for (const node of ordered) {
    if (!isStep(node, outgoing.get(node.id!) ?? 0, attr(node, 'kind') === 'decision')) {
      const label = isStepType(node) ? 'merging gateway' : typeLabel(node.$type);
      if (!SILENT.has(node.$type)) skipped.set(label, (skipped.get(label) ?? 0) + 1);
      continue;
    }
    const draft = draftFromNode(node, attr);
    draft.lane = laneOf.get(node.id!) ?? '';
    const extra = notes.byNode.get(node.id!);
    if (extra) {
      draft.painPoints.push(...extra.painPoints);
      draft.notes = [draft.notes, ...extra.notes].filter(Boolean).join('\n');
    }
    if (list(node, 'flowElements').length > 0)
      warnings.push(
        `The steps inside the sub-process "${draft.title}" were not imported; it became one step.`,
      );
    steps.push(draft);
  }
  for (const [label, n] of notes.unattached) skipped.set(label, (skipped.get(label) ?? 0) + n);
  if (skipped.size > 0)
    warnings.push(
      `Left out (Triptych has no step for them): ${[...skipped].map(([label, n]) => `${n} ${label}${n > 1 ? 's' : ''}`).join(', ')}.`,
    );
  if (steps.length === 0) return fail('The BPMN process has no tasks or gateways to import as steps.');
  return {
    ok: true,
    value: {
      processName: oneLine(str(process, 'name')),
      lanes: [...laneName.values()].filter(Boolean),
      steps,
      warnings,
    },
  };
}
