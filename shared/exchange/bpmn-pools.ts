import type { ModdleElement } from 'bpmn-moddle';
import { list, oneLine, ref, str } from './bpmn-read.js';

/** A pool as the file draws it: a participant and its process, or a process with no pool. */
export interface Pool {
  id: string;
  name: string;
  process: ModdleElement | undefined;
  /** Flow nodes inside, sub-process contents included: how much model the pool holds. */
  flowNodes: number;
}

export interface PoolChoice {
  /** A participant's or process's id or name; by default the pool with the most flow nodes. */
  process?: string | undefined;
  /** Every pool's lanes into one state, pools in diagram order. */
  allPools?: boolean | undefined;
}

function countNodes(container: ModdleElement): number {
  return list(container, 'flowElements')
    .filter((e) => e.$type !== 'bpmn:SequenceFlow')
    .reduce((n, e) => n + 1 + countNodes(e), 0);
}

/** Every pool, in the order the diagram stacks them (document order when it has no diagram). */
export function poolsOf(
  definitions: ModdleElement,
  positions: Map<string, { x: number; y: number }>,
): Pool[] {
  const roots = list(definitions, 'rootElements');
  const pools: Pool[] = [];
  const seen = new Set<ModdleElement>();
  for (const c of roots.filter((r) => r.$type === 'bpmn:Collaboration'))
    for (const p of list(c, 'participants')) {
      const process = ref(p, 'processRef');
      if (process) seen.add(process);
      pools.push({
        id: p.id ?? '',
        name: oneLine(str(p, 'name')) || oneLine(str(process, 'name')) || p.id || 'Pool',
        process,
        flowNodes: process ? countNodes(process) : 0,
      });
    }
  for (const process of roots.filter((r) => r.$type === 'bpmn:Process' && !seen.has(r)))
    pools.push({
      id: process.id ?? '',
      name: oneLine(str(process, 'name')) || process.id || 'Process',
      process,
      flowNodes: countNodes(process),
    });
  const y = (p: Pool) => positions.get(p.id)?.y;
  if (pools.every((p) => y(p) !== undefined)) pools.sort((a, b) => y(a)! - y(b)!);
  return pools;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The pools to import, or why none can be. */
export function choosePools(pools: Pool[], choice: PoolChoice): { pools: Pool[] } | { message: string } {
  const withProcess = pools.filter((p) => p.process && p.flowNodes > 0);
  if (withProcess.length === 0) return { message: 'The BPMN file has no process to import.' };
  if (choice.allPools) return { pools: withProcess };
  if (choice.process !== undefined) {
    const wanted = choice.process;
    const found = withProcess.find(
      (p) =>
        p.id === wanted ||
        p.process!.id === wanted ||
        same(p.name, wanted) ||
        same(str(p.process, 'name'), wanted),
    );
    if (found) return { pools: [found] };
    return {
      message: `The BPMN file has no pool or process "${wanted}"; it has ${withProcess.map((p) => `"${p.name}" (${p.id})`).join(', ')}.`,
    };
  }
  const biggest = withProcess.reduce((a, b) => (b.flowNodes > a.flowNodes ? b : a));
  return { pools: [biggest] };
}
