import type { PoolSummary } from '../../../../../shared/exchange/bpmn-pools.js';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 lanes (Mail room, AP, Finance lead) · 14 flow nodes · 1 sub-process · 6 events", or why it is empty. */
export function poolLine(pool: PoolSummary): string {
  if (!pool.hasProcess) return 'a black box: no process, nothing to import';
  if (pool.flowNodes === 0) return 'an empty process: nothing to import';
  const lanes =
    pool.lanes.length === 0 ? 'no lanes' : `${count(pool.lanes.length, 'lane')} (${pool.lanes.join(', ')})`;
  return [
    lanes,
    count(pool.flowNodes, 'flow node'),
    count(pool.subProcesses, 'sub-process', 'sub-processes'),
    count(pool.events, 'event'),
  ].join(' · ');
}
