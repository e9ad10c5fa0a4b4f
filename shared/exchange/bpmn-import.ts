import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { TRIPTYCH_BPMN_NS, UNASSIGNED_ATTR } from './bpmn-names.js';
import { annotations } from './bpmn-annotations.js';
import { type FlowContext, allFlows, readFlow, skip } from './bpmn-flow.js';
import {
  type Pool,
  type PoolChoice,
  type PoolSummary,
  choosePools,
  laneLabel,
  leafLanes,
  poolsOf,
  summarisePool,
} from './bpmn-pools.js';
import { diagramPositions, list, oneLine, str } from './bpmn-read.js';
import { checkTextSize } from './limits.js';
import type { StepDraft } from './step-draft.js';

export interface BpmnSteps {
  processName: string;
  /** Every pool in the file, and the ids of those imported. */
  pools: PoolSummary[];
  imported: string[];
  /** The pool imported when none is named: the one with the most flow nodes. */
  defaultPool: string;
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

function plural(n: number, label: string): string {
  return `${n} ${label}${n === 1 ? '' : 's'}`;
}

/** "2 data object references ("Invoice", "Order")": counts, with the names of the first few. */
function leftOut(skipped: Map<string, string[]>): string {
  return [...skipped]
    .map(([label, names]) => {
      const named = names.filter(Boolean);
      const shown = named.slice(0, 3).map((n) => `"${n}"`);
      if (named.length > 3) shown.push('…');
      return `${plural(names.length, label)}${shown.length ? ` (${shown.join(', ')})` : ''}`;
    })
    .join(', ');
}

/**
 * Reads the steps of a BPMN process in flow order: tasks and decision gateways become steps,
 * lanes come from flowNodeRef, everything else is left out and listed in the warnings.
 */
export async function bpmnToSteps(xml: string, choice: PoolChoice = {}): Promise<BpmnRead> {
  const refusal = checkTextSize(xml) ?? refuseDtd(xml);
  if (refusal) return fail(refusal);
  let definitions: ModdleElement;
  const warnings: string[] = [];
  try {
    // The text is decoded already; a declaration naming another encoding only makes the parser warn.
    const result = await new BpmnModdle().fromXML(
      xml.replace(/^(<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']/, '$1'),
    );
    definitions = result.rootElement;
    const unread = result.warnings.map((w) => w.message.split('\n')[0]!);
    if (unread.length > 0)
      warnings.push(
        `${plural(unread.length, 'part')} of the file that BPMN 2.0 does not define (vendor extensions or errors) ` +
          `${unread.length > 1 ? 'were' : 'was'} ignored: ${unread.slice(0, 3).join('; ')}${unread.length > 3 ? '; …' : ''}`,
      );
  } catch (err) {
    return fail(
      `This is not a BPMN 2.0 file Triptych can read: ${String((err as Error).message).split('\n')[0]}.`,
    );
  }
  if (definitions?.$type !== 'bpmn:Definitions')
    return fail('This is not a BPMN 2.0 file: it has no definitions.');
  const positions = diagramPositions(definitions);
  const pools = poolsOf(definitions, positions);
  const chosen = choosePools(pools, choice);
  if ('message' in chosen) return fail(chosen.message);
  const defaultPool = (choosePools(pools, {}) as { pools: Pool[] }).pools[0]!;
  const others = pools.filter((p) => !chosen.pools.includes(p));
  const one = chosen.pools.length === 1 ? chosen.pools[0]! : undefined;
  if (others.length > 0)
    warnings.push(
      (one
        ? `Imported the pool "${one.name}" (${plural(one.flowNodes, 'flow node')}); left out `
        : `Imported ${chosen.pools.length} pools (${chosen.pools.map((p) => `"${p.name}"`).join(', ')}); left out `) +
        others
          .map((p) => `"${p.name}" (${p.process ? plural(p.flowNodes, 'flow node') : 'no process'})`)
          .join(', ') +
        (one
          ? '. Choose another pool, or all pools, to import them.'
          : `, which ${others.length > 1 ? 'hold' : 'holds'} nothing to import.`),
    );

  const prefix = Object.entries(definitions.$attrs)
    .find(([k, v]) => k.startsWith('xmlns:') && v === TRIPTYCH_BPMN_NS)?.[0]
    .slice(6);
  const attr = (el: ModdleElement, name: string): string | undefined =>
    prefix ? el.$attrs[`${prefix}:${name}`] : undefined;
  const unassigned = (l: ModdleElement) => attr(l, UNASSIGNED_ATTR) === 'true';
  const collaboration = annotations(
    list(definitions, 'rootElements').find((r) => r.$type === 'bpmn:Collaboration'),
    attr,
  );
  const ctx: FlowContext = {
    attr,
    positions,
    laneOf: new Map(),
    skipped: new Map(),
    flows: [],
    poolNotes: collaboration.byNode,
  };
  const lanes: string[] = [];
  const steps: StepDraft[] = [];
  for (const pool of chosen.pools) {
    const process = pool.process!;
    ctx.flows = allFlows(process);
    const laneEls = leafLanes(process, positions);
    const laneName = new Map<ModdleElement, string>(
      laneEls.map((l, i) => [l, unassigned(l) ? '' : laneLabel(l, i)]),
    );
    for (const lane of laneEls)
      for (const node of list(lane, 'flowNodeRef')) if (node.id) ctx.laneOf.set(node.id, laneName.get(lane)!);
    // With every pool in one state, a pool without lanes is one lane of its own.
    const poolLane = chosen.pools.length > 1 && laneEls.length === 0 ? pool.name : '';
    lanes.push(...[...laneName.values()].filter(Boolean), ...(poolLane ? [poolLane] : []));
    steps.push(...readFlow(process, ctx, '', poolLane));
  }
  // The collaboration's annotations on no imported step: on a pool, a message flow, or nothing.
  for (const left of ctx.poolNotes.values())
    for (let i = 0; i < left.notes.length + (left.painPoints.length > 0 ? 1 : 0); i++)
      skip(ctx, 'text annotation', '');
  for (const [label, n] of collaboration.unattached) for (let i = 0; i < n; i++) skip(ctx, label, '');
  if (ctx.skipped.size > 0)
    warnings.push(`Left out (Triptych has no step for them): ${leftOut(ctx.skipped)}.`);
  if (steps.length === 0) return fail('The BPMN process has no tasks or gateways to import as steps.');
  return {
    ok: true,
    value: {
      processName: chosen.pools.length === 1 ? oneLine(str(chosen.pools[0]!.process, 'name')) : '',
      pools: pools.map((p) => summarisePool(p, positions, unassigned)),
      imported: chosen.pools.map((p) => p.id),
      defaultPool: defaultPool.id,
      lanes: [...new Set(lanes)],
      steps,
      warnings,
    },
  };
}
