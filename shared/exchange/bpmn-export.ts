import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import type { MapState, Step } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import { type Bounds, type LayoutNode, type Point, layoutSwimlanes } from './bpmn-layout.js';
import {
  PAIN_POINTS_ATTR,
  STEP_ATTRS,
  TRIPTYCH_BPMN_NS,
  TRIPTYCH_PREFIX,
  UNASSIGNED_ATTR,
  UNASSIGNED_LANE,
} from './bpmn-names.js';

const attr = (name: string) => `${TRIPTYCH_PREFIX}:${name}`;

function stepType(step: Step): string {
  if (step.kind === 'decision') return 'bpmn:ExclusiveGateway';
  if (step.automation === 'manual') return 'bpmn:UserTask';
  if (step.automation === 'automated') return 'bpmn:ServiceTask';
  return 'bpmn:Task';
}

function stepAttrs(step: Step): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const name of STEP_ATTRS) {
    const value = step[name];
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    attrs[attr(name)] = Array.isArray(value) ? JSON.stringify(value) : String(value);
  }
  return attrs;
}

/**
 * One state's map as BPMN 2.0 XML with diagram interchange: a pool, a lane per Triptych lane,
 * start → steps in order → end, decisions as exclusive gateways, pain points as annotations.
 */
export async function mapToBpmn(
  data: WorkshopData,
  state: MapState,
  exporterVersion: string,
): Promise<string> {
  const moddle = new BpmnModdle();
  const map = data.maps[state];
  const create = (type: string, props: Record<string, unknown> = {}, attrs: Record<string, string> = {}) => {
    const el = moddle.create(type, props);
    Object.assign(el.$attrs, attrs);
    return el;
  };

  const laneIds = new Set(map.lanes.map((l) => l.id));
  const homeless = map.steps.some((s) => s.laneId === null || !laneIds.has(s.laneId));
  const lanes = map.lanes.map((l) => ({ key: l.id, name: l.name, attrs: {} as Record<string, string> }));
  if (homeless) lanes.push({ key: '', name: UNASSIGNED_LANE, attrs: { [attr(UNASSIGNED_ATTR)]: 'true' } });
  const laneOf = (s: Step) => {
    const i = lanes.findIndex((l) => l.key === s.laneId);
    return i === -1 ? lanes.length - 1 : i;
  };

  const nodes: { el: ModdleElement; layout: LayoutNode; step?: Step }[] = [];
  const firstLane = map.steps[0] ? laneOf(map.steps[0]) : 0;
  const lastLane = map.steps.at(-1) ? laneOf(map.steps.at(-1)!) : 0;
  nodes.push({
    el: create('bpmn:StartEvent', {
      id: `StartEvent_${map.id}`,
      name: data.process.startTrigger || undefined,
    }),
    layout: { lane: firstLane, shape: 'event' },
  });
  for (const step of map.steps) {
    const type = stepType(step);
    const documentation = step.description ? [create('bpmn:Documentation', { text: step.description })] : [];
    nodes.push({
      el: create(type, { id: `Step_${step.id}`, name: step.title, documentation }, stepAttrs(step)),
      layout: { lane: laneOf(step), shape: type === 'bpmn:ExclusiveGateway' ? 'gateway' : 'task' },
      step,
    });
  }
  nodes.push({
    el: create('bpmn:EndEvent', { id: `EndEvent_${map.id}`, name: data.process.endOutcome || undefined }),
    layout: { lane: lastLane, shape: 'event' },
  });

  const flows = nodes.slice(1).map(({ el: target }, i) => {
    const source = nodes[i]!.el;
    const flow = create('bpmn:SequenceFlow', {
      id: `Flow_${map.id}_${i}`,
      sourceRef: source,
      targetRef: target,
    });
    source.outgoing = [flow];
    target.incoming = [flow];
    return flow;
  });

  const annotations: { el: ModdleElement; link: ModdleElement; node: number }[] = [];
  nodes.forEach(({ el, step }, node) => {
    const pains = step ? data.painPoints.filter((p) => p.stepId === step.id).map((p) => p.text) : [];
    if (pains.length === 0) return;
    const note = create(
      'bpmn:TextAnnotation',
      { id: `Annotation_${step!.id}`, text: pains.join('\n') },
      { [attr(PAIN_POINTS_ATTR)]: 'true' },
    );
    const link = create('bpmn:Association', {
      id: `Association_${step!.id}`,
      sourceRef: el,
      targetRef: note,
    });
    annotations.push({ el: note, link, node });
  });

  const laneEls = lanes.map((l, i) =>
    create(
      'bpmn:Lane',
      {
        id: l.key ? `Lane_${l.key}` : `Lane_${map.id}_unassigned`,
        name: l.name,
        flowNodeRef: nodes.filter((n) => n.layout.lane === i).map((n) => n.el),
      },
      l.attrs,
    ),
  );
  const process = create('bpmn:Process', {
    id: `Process_${map.id}`,
    name: data.process.name,
    isExecutable: false,
    laneSets: laneEls.length ? [create('bpmn:LaneSet', { id: `LaneSet_${map.id}`, lanes: laneEls })] : [],
    flowElements: [...nodes.map((n) => n.el), ...flows],
    artifacts: annotations.flatMap((a) => [a.el, a.link]),
  });
  const participant = create('bpmn:Participant', {
    id: `Participant_${map.id}`,
    name: `${data.process.name || data.workshop.title} (${state})`,
    processRef: process,
  });
  const collaboration = create('bpmn:Collaboration', {
    id: `Collaboration_${map.id}`,
    participants: [participant],
  });

  const layout = layoutSwimlanes(
    laneEls.length,
    nodes.map((n) => n.layout),
  );
  const bounds = (b: Bounds) => create('dc:Bounds', { ...b });
  const points = (ps: Point[]) => ps.map((p) => create('dc:Point', { ...p }));
  const shape = (el: ModdleElement, b: Bounds, extra: Record<string, unknown> = {}) =>
    create('bpmndi:BPMNShape', { id: `${el.id}_di`, bpmnElement: el, bounds: bounds(b), ...extra });
  const edge = (el: ModdleElement, ps: Point[]) =>
    create('bpmndi:BPMNEdge', { id: `${el.id}_di`, bpmnElement: el, waypoint: points(ps) });
  const planeElement = [
    shape(participant, layout.pool, { isHorizontal: true }),
    ...laneEls.map((el, i) => shape(el, layout.lanes[i]!, { isHorizontal: true })),
    ...nodes.map((n, i) =>
      shape(n.el, layout.nodes[i]!, n.layout.shape === 'gateway' ? { isMarkerVisible: true } : {}),
    ),
    ...flows.map((f, i) => edge(f, layout.flows[i]!)),
    ...annotations.flatMap((a) => {
      const { box, link } = layout.annotation(a.node);
      return [shape(a.el, box), edge(a.link, link)];
    }),
  ];
  const diagram = create('bpmndi:BPMNDiagram', {
    id: `Diagram_${map.id}`,
    plane: create('bpmndi:BPMNPlane', { id: `Plane_${map.id}`, bpmnElement: collaboration, planeElement }),
  });
  const definitions = create(
    'bpmn:Definitions',
    {
      id: `Definitions_${map.id}`,
      targetNamespace: 'http://bpmn.io/schema/bpmn',
      exporter: 'Triptych',
      exporterVersion,
      rootElements: [collaboration, process],
      diagrams: [diagram],
    },
    { [`xmlns:${TRIPTYCH_PREFIX}`]: TRIPTYCH_BPMN_NS },
  );
  return (await moddle.toXML(definitions, { format: true })).xml;
}
