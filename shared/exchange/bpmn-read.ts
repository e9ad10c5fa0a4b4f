import type { ModdleElement } from 'bpmn-moddle';

/** Typed reads of a parsed moddle tree, which is only as well-formed as the file it came from. */

export function list(el: ModdleElement | undefined, property: string): ModdleElement[] {
  const value = el?.[property];
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

export function ref(el: ModdleElement | undefined, property: string): ModdleElement | undefined {
  const value = el?.[property];
  return typeof value === 'object' && value !== null && '$type' in value
    ? (value as ModdleElement)
    : undefined;
}

export function str(el: ModdleElement | undefined, property: string): string {
  const value = el?.[property];
  return typeof value === 'string' ? value : '';
}

/** "Check\n  request" as drawn in a modeler → "Check request". */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** bpmn:DataObjectReference → "data object reference", for messages. */
export function typeLabel(type: string): string {
  return type
    .replace(/^.*:/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** Diagram positions by element id, to order lanes and branches the way the diagram shows them. */
export function diagramPositions(definitions: ModdleElement): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  for (const diagram of list(definitions, 'diagrams'))
    for (const shape of list(ref(diagram, 'plane'), 'planeElement')) {
      const id = ref(shape, 'bpmnElement')?.id;
      const bounds = ref(shape, 'bounds');
      if (id && bounds && typeof bounds.x === 'number' && typeof bounds.y === 'number')
        positions.set(id, { x: bounds.x, y: bounds.y });
    }
  return positions;
}
