import type { ModdleElement } from 'bpmn-moddle';
import { PAIN_POINTS_ATTR } from './bpmn-names.js';
import { list, ref, str, typeLabel } from './bpmn-read.js';

export interface Annotations {
  byNode: Map<string, { painPoints: string[]; notes: string[] }>;
  /** Artifacts linked to no node, counted by kind. */
  unattached: Map<string, number>;
}

/** Text annotations linked to a node: Triptych's own hold pain points, anyone else's become notes. */
export function annotations(
  process: ModdleElement | undefined,
  attr: (el: ModdleElement, name: string) => string | undefined,
): Annotations {
  const artifacts = list(process, 'artifacts');
  const byNode: Annotations['byNode'] = new Map();
  const linked = new Set<ModdleElement>();
  for (const a of artifacts.filter((x) => x.$type === 'bpmn:Association')) {
    const ends = [ref(a, 'sourceRef'), ref(a, 'targetRef')];
    const note = ends.find((e) => e?.$type === 'bpmn:TextAnnotation');
    const node = ends.find((e) => e && e !== note);
    if (!note || !node?.id) continue;
    linked.add(note);
    const entry = byNode.get(node.id) ?? { painPoints: [], notes: [] };
    const text = str(note, 'text').trim();
    if (attr(note, PAIN_POINTS_ATTR) === 'true')
      entry.painPoints.push(
        ...text
          .split(/\r?\n/)
          .map((t) => t.trim())
          .filter(Boolean),
      );
    else if (text) entry.notes.push(text);
    byNode.set(node.id, entry);
  }
  const unattached = new Map<string, number>();
  for (const a of artifacts)
    if (a.$type !== 'bpmn:Association' && !linked.has(a))
      unattached.set(typeLabel(a.$type), (unattached.get(typeLabel(a.$type)) ?? 0) + 1);
  return { byNode, unattached };
}
