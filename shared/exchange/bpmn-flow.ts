import type { ModdleElement } from 'bpmn-moddle';
import { type Annotations, annotations } from './bpmn-annotations.js';
import { flowOrder } from './bpmn-order.js';
import { list, oneLine, ref, str } from './bpmn-read.js';
import { draftFromNode, elementLabel, isStep, isStepType } from './bpmn-step.js';
import type { StepDraft } from './step-draft.js';

/** What reading one pool needs and collects. */
export interface FlowContext {
  attr: (el: ModdleElement, name: string) => string | undefined;
  positions: Map<string, { x: number; y: number }>;
  /** Lane name by flow node id. */
  laneOf: Map<string, string>;
  /** Left out, by what it is, with the names of the first few. */
  skipped: Map<string, string[]>;
  /**
   * Every sequence flow of the pool, sub-processes' included: some modelers (Enterprise Explorer)
   * write a sub-process's flows in the process around it instead of inside it.
   */
  flows: ModdleElement[];
  /**
   * Text annotations drawn in the collaboration rather than in a process (bpmn-js, ARIS, BIC put
   * them there when a diagram has pools), by the node they are linked to; taken as they are used.
   */
  poolNotes: Annotations['byNode'];
}

/** The sequence flows in a process and every sub-process in it. */
export function allFlows(container: ModdleElement | undefined): ModdleElement[] {
  return list(container, 'flowElements').flatMap((e) =>
    e.$type === 'bpmn:SequenceFlow' ? [e] : allFlows(e),
  );
}

/** Left out without a word: the ends of every flow, and the data behind a data object reference. */
const SILENT = new Set(['bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:SequenceFlow', 'bpmn:DataObject']);

export function skip(ctx: FlowContext, label: string, name: string): void {
  const names = ctx.skipped.get(label) ?? [];
  names.push(name);
  ctx.skipped.set(label, names);
}

function branchNotes(node: ModdleElement, flows: ModdleElement[], title: (id: string) => string): string[] {
  const named = flows.filter((f) => ref(f, 'sourceRef') === node && oneLine(str(f, 'name')));
  if (named.length === 0) return [];
  return [
    `Branches: ${named.map((f) => `${oneLine(str(f, 'name'))} → ${title(ref(f, 'targetRef')?.id ?? '')}`).join('; ')}`,
  ];
}

/**
 * The steps of a process or sub-process in flow order. A sub-process's contents become steps
 * in its place, titled "Sub-process: step"; one with nothing to import stays one step.
 */
export function readFlow(
  container: ModdleElement,
  ctx: FlowContext,
  prefix: string,
  lane: string,
): StepDraft[] {
  const elements = list(container, 'flowElements');
  const documentOrder = new Map(elements.map((e, i) => [e.id ?? '', i]));
  const compare = (a: string, b: string) => {
    const pa = ctx.positions.get(a);
    const pb = ctx.positions.get(b);
    return (pa && pb ? pa.x - pb.x || pa.y - pb.y : 0) || documentOrder.get(a)! - documentOrder.get(b)!;
  };
  const nodes = elements.filter((e) => e.$type !== 'bpmn:SequenceFlow' && e.id);
  const inside = new Set(nodes);
  // The flows leaving this container's nodes, wherever the file wrote them.
  const flows = ctx.flows.filter((f) => {
    const source = ref(f, 'sourceRef');
    return source !== undefined && inside.has(source);
  });
  const edges = flows.map((f) => [ref(f, 'sourceRef')?.id ?? '', ref(f, 'targetRef')?.id ?? ''] as const);
  // A boundary event comes right after the task it sits on.
  for (const n of nodes.filter((x) => x.$type === 'bpmn:BoundaryEvent'))
    edges.push([ref(n, 'attachedToRef')?.id ?? '', n.id!]);
  const starts = nodes.filter((n) => n.$type === 'bpmn:StartEvent').map((n) => n.id!);
  const byId = new Map(nodes.map((n) => [n.id!, n]));
  const outgoing = new Map<string, number>();
  for (const f of flows) {
    const from = ref(f, 'sourceRef')?.id ?? '';
    outgoing.set(from, (outgoing.get(from) ?? 0) + 1);
  }
  const ordered = flowOrder([...byId.keys()], edges, starts, compare).map((id) => byId.get(id)!);
  const title = (id: string) => {
    const n = byId.get(id);
    return oneLine(str(n, 'name')) || (n ? elementLabel(n) : 'nothing');
  };

  const notes = annotations(container, ctx.attr);
  const steps: StepDraft[] = [];
  for (const node of ordered) {
    const name = oneLine(str(node, 'name'));
    if (!isStep(node, outgoing.get(node.id!) ?? 0, ctx.attr(node, 'kind') === 'decision')) {
      if (!SILENT.has(node.$type)) skip(ctx, isStepType(node) ? 'merging gateway' : elementLabel(node), name);
      continue;
    }
    const nodeLane = ctx.laneOf.get(node.id!) ?? lane;
    const draft = draftFromNode(node, ctx.attr);
    if (list(node, 'flowElements').length > 0) {
      const inner = readFlow(node, ctx, `${prefix}${draft.title}: `, nodeLane);
      if (inner.length > 0) {
        steps.push(...inner);
        continue;
      }
    }
    draft.title = `${prefix}${draft.title}`;
    draft.lane = nodeLane;
    const extra = [notes.byNode.get(node.id!), ctx.poolNotes.get(node.id!)];
    ctx.poolNotes.delete(node.id!);
    draft.painPoints.push(...extra.flatMap((e) => e?.painPoints ?? []));
    const attached = node.$type === 'bpmn:BoundaryEvent' ? ref(node, 'attachedToRef') : undefined;
    draft.notes = [
      draft.notes,
      ...extra.flatMap((e) => e?.notes ?? []),
      ...(attached
        ? [`On "${oneLine(str(attached, 'name')) || elementLabel(attached)}" (boundary event)`]
        : []),
      ...branchNotes(node, flows, title),
    ]
      .filter(Boolean)
      .join('\n');
    steps.push(draft);
  }
  for (const [label, n] of notes.unattached) for (let i = 0; i < n; i++) skip(ctx, label, '');
  return steps;
}
