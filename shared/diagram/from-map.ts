import type { PainPoint } from '../domain/room.js';
import type { ProcessMap, Step } from '../domain/types.js';
import type { SwimlaneInput } from './swimlane-layout.js';

/** A map's lanes and steps as the swimlane diagram reads them; `detail` gives each box's second line. */
export function swimlaneInput(
  map: ProcessMap,
  painPoints: readonly PainPoint[],
  detail: (step: Step) => string = () => '',
): SwimlaneInput {
  const pains = new Map<string, number>();
  for (const p of painPoints) pains.set(p.stepId, (pains.get(p.stepId) ?? 0) + 1);
  return {
    lanes: [...map.lanes].sort((a, b) => a.position - b.position).map((l) => ({ id: l.id, name: l.name })),
    steps: map.steps.map((s, i) => ({
      number: i + 1,
      laneId: s.laneId,
      title: s.title,
      kind: s.kind,
      detail: detail(s),
      painPoints: pains.get(s.id) ?? 0,
    })),
  };
}
