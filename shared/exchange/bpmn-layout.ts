/**
 * Swimlane geometry for BPMN diagram interchange: one pool, lanes as horizontal bands, the flow
 * left to right one column per node, and room above each task for its pain-point annotation.
 */

export interface Point {
  x: number;
  y: number;
}
export interface Bounds extends Point {
  width: number;
  height: number;
}

export type NodeShape = 'event' | 'task' | 'gateway';

export interface LayoutNode {
  lane: number;
  shape: NodeShape;
}

export interface SwimlaneLayout {
  pool: Bounds;
  lanes: Bounds[];
  nodes: Bounds[];
  /** Waypoints from node i to node i + 1. */
  flows: Point[][];
  /** Where node i's annotation sits, above it in its lane. */
  annotation(i: number): { box: Bounds; link: Point[] };
}

const POOL_X = 160;
const POOL_Y = 80;
const HEADER = 30;
const LANE_HEIGHT = 180;
const COLUMN = 150;
const FIRST = 80;
/** Node centres sit low in the band; the top is for annotations. */
const CENTRE_Y = 115;

const SIZE: Record<NodeShape, { width: number; height: number }> = {
  event: { width: 36, height: 36 },
  task: { width: 100, height: 80 },
  gateway: { width: 50, height: 50 },
};

export function layoutSwimlanes(laneCount: number, nodes: LayoutNode[]): SwimlaneLayout {
  const bands = Math.max(1, laneCount);
  const left = POOL_X + HEADER;
  const width = HEADER + FIRST + Math.max(0, nodes.length - 1) * COLUMN + FIRST;
  const pool = { x: POOL_X, y: POOL_Y, width, height: bands * LANE_HEIGHT };
  const lanes = Array.from({ length: laneCount }, (_, i) => ({
    x: left,
    y: POOL_Y + i * LANE_HEIGHT,
    width: width - HEADER,
    height: LANE_HEIGHT,
  }));
  const centre = (i: number, node: LayoutNode): Point => ({
    x: left + FIRST + i * COLUMN,
    y: POOL_Y + Math.min(node.lane, bands - 1) * LANE_HEIGHT + CENTRE_Y,
  });
  const boxes = nodes.map((node, i) => {
    const c = centre(i, node);
    const { width: w, height: h } = SIZE[node.shape];
    return { x: c.x - w / 2, y: c.y - h / 2, width: w, height: h };
  });
  const flows = boxes.slice(1).map((target, i) => {
    const source = boxes[i]!;
    const from = { x: source.x + source.width, y: source.y + source.height / 2 };
    const to = { x: target.x, y: target.y + target.height / 2 };
    if (from.y === to.y) return [from, to];
    const mid = Math.round((from.x + to.x) / 2);
    return [from, { x: mid, y: from.y }, { x: mid, y: to.y }, to];
  });
  const annotation = (i: number) => {
    const box = boxes[i]!;
    const centreX = box.x + box.width / 2;
    const top = box.y + box.height / 2 - CENTRE_Y;
    const note = { x: centreX - 60, y: top + 10, width: 120, height: 45 };
    return {
      box: note,
      link: [
        { x: centreX, y: box.y },
        { x: centreX, y: note.y + note.height },
      ],
    };
  };
  return { pool, lanes, nodes: boxes, flows, annotation };
}
