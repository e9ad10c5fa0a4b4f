import type { Part } from '../../../../shared/report/model.js';
import { heading, note } from '../blocks.js';
import type { Nodes } from './env.js';

/** A titled part: its heading, then its content, or the sentence saying it is empty. Null prints nothing. */
export function partNodes<T>(p: Part<T> | null, level: 2 | 3, render: (items: T[]) => Nodes): Nodes {
  if (!p) return [];
  return [heading(level, p.heading), ...(p.items.length ? render(p.items) : [note(p.empty)])];
}
