import type { StepKind } from '../domain/types.js';

/** How each step kind looks in a diagram; the legend prints the same names. */
export interface KindStyle {
  label: string;
  fill: string;
  stroke: string;
  dashed: boolean;
}

export const KIND_STYLES: Record<StepKind, KindStyle> = {
  task: { label: 'Task', fill: '#ffffff', stroke: '#1f3a5f', dashed: false },
  decision: { label: 'Decision', fill: '#fff4d6', stroke: '#8a6d1d', dashed: false },
  approval: { label: 'Approval', fill: '#e3f1e6', stroke: '#2e6b3d', dashed: false },
  handoff: { label: 'Handoff', fill: '#e6edf6', stroke: '#1f3a5f', dashed: false },
  wait: { label: 'Wait', fill: '#f0f0f0', stroke: '#5b6574', dashed: true },
  rework: { label: 'Rework', fill: '#fbe3e1', stroke: '#a1251b', dashed: false },
};

export const INK = '#1d2430';
export const MUTED = '#4d5766';
/** Times in the boxes: at least 8 pt, dark enough to print. */
export const TIME_INK = '#333a45';
export const LINE = '#b9c1cc';
export const LANE_FILL = '#eef1f5';
export const ROW_ALT = '#f8f9fb';
export const PAIN = '#a1251b';
export const ACCENT = '#1f3a5f';
export const ACCENT_SOFT = '#9fb6d3';
