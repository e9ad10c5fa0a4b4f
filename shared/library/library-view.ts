import type { WorkshopStatus } from '../domain/types.js';
import type { LibraryItem } from '../ipc/library.channels.js';

export type LibraryView = 'active' | 'archived' | 'trash';
export type SortKey = 'title' | 'client' | 'date' | 'updatedAt';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export interface LibraryFilter {
  text: string;
  client: string;
  status: WorkshopStatus | '';
  /** A tag the workshop must have ('' for any). */
  tag: string;
  /** ISO dates (yyyy-mm-dd), inclusive; '' for no bound. */
  from: string;
  to: string;
}

export const NO_FILTER: LibraryFilter = { text: '', client: '', status: '', tag: '', from: '', to: '' };

export function inView(item: LibraryItem, view: LibraryView): boolean {
  if (view === 'trash') return item.deletedAt !== null;
  if (item.deletedAt !== null) return false;
  return view === 'archived' ? item.archived : !item.archived;
}

function matches(item: LibraryItem, f: LibraryFilter): boolean {
  const text = f.text.trim().toLocaleLowerCase();
  if (text && !`${item.title} ${item.client} ${item.tags.join(' ')}`.toLocaleLowerCase().includes(text))
    return false;
  if (f.client && item.client !== f.client) return false;
  if (f.status && item.status !== f.status) return false;
  if (f.tag && !item.tags.some((t) => t.toLocaleLowerCase() === f.tag.toLocaleLowerCase())) return false;
  if ((f.from || f.to) && !item.date) return false;
  if (f.from && item.date! < f.from) return false;
  if (f.to && item.date! > f.to) return false;
  return true;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a: LibraryItem, b: LibraryItem, key: SortKey): number {
  if (key === 'title' || key === 'client') return collator.compare(a[key], b[key]);
  // Undated workshops sort after dated ones, whichever the direction.
  const x = a[key] ?? '';
  const y = b[key] ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

export function visibleItems(
  items: readonly LibraryItem[],
  view: LibraryView,
  filter: LibraryFilter,
  sort: Sort,
): LibraryItem[] {
  return items
    .filter((i) => inView(i, view) && matches(i, filter))
    .sort((a, b) => {
      if (sort.key === 'date' && !a.date !== !b.date) return a.date ? -1 : 1;
      const c = compare(a, b, sort.key);
      return (sort.descending ? -c : c) || collator.compare(a.title, b.title);
    });
}

/** The last workshops opened, most recent first (not those in the trash). */
export function recentItems(items: readonly LibraryItem[], count = 5): LibraryItem[] {
  return items
    .filter((i) => i.lastOpenedAt && !i.deletedAt)
    .sort((a, b) => (a.lastOpenedAt! < b.lastOpenedAt! ? 1 : -1))
    .slice(0, count);
}

export function clientsOf(items: readonly LibraryItem[]): string[] {
  return [...new Set(items.filter((i) => !i.deletedAt).map((i) => i.client))].sort(collator.compare);
}

export function tagsOf(items: readonly LibraryItem[]): string[] {
  const all = items.filter((i) => !i.deletedAt).flatMap((i) => i.tags);
  const seen = new Map<string, string>();
  for (const t of all) if (!seen.has(t.toLocaleLowerCase())) seen.set(t.toLocaleLowerCase(), t);
  return [...seen.values()].sort(collator.compare);
}
