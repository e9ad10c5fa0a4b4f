import type { WorkshopData } from '../../domain/workshop-data.js';
import { formatDate } from '../format.js';
import type { DateFormat } from '../options.js';

/** Open actions by owner (the earliest due first), each owner's actions by due date. */
export function roadmap(
  data: WorkshopData,
  format: DateFormat,
): { owner: string; actions: { title: string; due: string }[] }[] {
  const open = data.actions.filter((a) => a.status !== 'done' && a.status !== 'dropped');
  const byOwner = new Map<string, typeof open>();
  for (const a of open) {
    const owner = a.owner.trim() || 'No owner yet';
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), a]);
  }
  const due = (d: string | null) => d ?? '9999';
  return [...byOwner]
    .map(([owner, actions]) => ({
      owner,
      actions: actions.sort((a, b) => due(a.dueDate).localeCompare(due(b.dueDate))),
    }))
    .sort((a, b) => due(a.actions[0]!.dueDate).localeCompare(due(b.actions[0]!.dueDate)))
    .map((o) => ({
      owner: o.owner,
      actions: o.actions.map((a) => ({ title: a.title, due: formatDate(a.dueDate, format) || 'no date' })),
    }));
}
