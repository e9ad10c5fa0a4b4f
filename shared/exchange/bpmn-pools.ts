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

/** What the import dialog shows of a pool before anything is imported. */
export interface PoolSummary {
  id: string;
  name: string;
  /** False for a black-box pool (a participant with no process): nothing in it to import. */
  hasProcess: boolean;
  /** Its leaf lanes' names, top to bottom, as the import names them. */
  lanes: string[];
  flowNodes: number;
  subProcesses: number;
  events: number;
}

export interface PoolChoice {
  /** A participant's or process's id or name; by default the pool with the most flow nodes. */
  process?: string | undefined;
  /** Every pool's lanes into one state, pools in diagram order. */
  allPools?: boolean | undefined;
}

/** Flow nodes in a process or sub-process, nested ones included, that `keep` accepts. */
function countNodes(container: ModdleElement, keep: (e: ModdleElement) => boolean = () => true): number {
  return list(container, 'flowElements')
    .filter((e) => e.$type !== 'bpmn:SequenceFlow')
    .reduce((n, e) => n + (keep(e) ? 1 : 0) + countNodes(e, keep), 0);
}

const SUB_PROCESSES = new Set(['bpmn:SubProcess', 'bpmn:Transaction', 'bpmn:AdHocSubProcess']);

/** The lanes that hold flow nodes (nested lane sets flattened), top to bottom when the diagram says. */
export function leafLanes(
  process: ModdleElement | undefined,
  positions: Map<string, { x: number; y: number }>,
): ModdleElement[] {
  const leaves = (laneSet: ModdleElement | undefined): ModdleElement[] =>
    list(laneSet, 'lanes').flatMap((lane) => {
      const children = leaves(ref(lane, 'childLaneSet'));
      return children.length > 0 ? children : [lane];
    });
  const lanes = leaves(list(process, 'laneSets')[0]);
  const y = (l: ModdleElement) => positions.get(l.id ?? '')?.y;
  if (lanes.every((l) => y(l) !== undefined)) lanes.sort((a, b) => y(a)! - y(b)!);
  return lanes;
}

/** A lane's name as steps will carry it: drawn on one line, or its place when it has none. */
export const laneLabel = (lane: ModdleElement, index: number) =>
  oneLine(str(lane, 'name')) || `Lane ${index + 1}`;

export function summarisePool(
  pool: Pool,
  positions: Map<string, { x: number; y: number }>,
  /** Triptych's own "no lane" lane, which is no lane once imported. */
  unassigned: (lane: ModdleElement) => boolean = () => false,
): PoolSummary {
  const { id, name, process, flowNodes } = pool;
  return {
    id,
    name,
    hasProcess: !!process,
    lanes: leafLanes(process, positions)
      .map((l, i) => (unassigned(l) ? '' : laneLabel(l, i)))
      .filter(Boolean),
    flowNodes,
    subProcesses: process ? countNodes(process, (e) => SUB_PROCESSES.has(e.$type)) : 0,
    events: process ? countNodes(process, (e) => e.$type.endsWith('Event')) : 0,
  };
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
