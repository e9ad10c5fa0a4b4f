import { describe, expect, it } from 'vitest';
import type { LibraryItem } from '../../../shared/ipc/library.channels.js';
import {
  NO_FILTER,
  clientsOf,
  recentItems,
  tagsOf,
  visibleItems,
} from '../../../shared/library/library-view.js';

const item = (id: string, over: Partial<LibraryItem>): LibraryItem => ({
  id,
  title: id,
  client: 'Acme',
  engagementId: 'e',
  date: null,
  status: 'draft',
  archived: false,
  updatedAt: '2026-01-01T00:00:00Z',
  createdAt: '2026-01-01T00:00:00Z',
  deletedAt: null,
  lastOpenedAt: null,
  tags: [],
  ...over,
});

const items = [
  item('Onboarding', { client: 'Contoso', date: '2026-03-02', updatedAt: '2026-03-05T00:00:00Z' }),
  item('Deployment', { date: '2026-01-10', status: 'completed', lastOpenedAt: '2026-04-01T00:00:00Z' }),
  item('Billing', { status: 'in_progress', archived: true, lastOpenedAt: '2026-04-02T00:00:00Z' }),
  item('Patching', { deletedAt: '2026-04-03T00:00:00Z', lastOpenedAt: '2026-04-03T00:00:00Z' }),
  item('Audit', { client: 'Fabrikam' }),
];
const titles = (list: LibraryItem[]) => list.map((i) => i.title);

describe('library view', () => {
  it('splits active, archived and trash', () => {
    const sort = { key: 'title', descending: false } as const;
    expect(titles(visibleItems(items, 'active', NO_FILTER, sort))).toEqual([
      'Audit',
      'Deployment',
      'Onboarding',
    ]);
    expect(titles(visibleItems(items, 'archived', NO_FILTER, sort))).toEqual(['Billing']);
    expect(titles(visibleItems(items, 'trash', NO_FILTER, sort))).toEqual(['Patching']);
  });

  it('sorts by date with undated workshops last, either way', () => {
    const by = (descending: boolean) =>
      titles(visibleItems(items, 'active', NO_FILTER, { key: 'date', descending }));
    expect(by(false)).toEqual(['Deployment', 'Onboarding', 'Audit']);
    expect(by(true)).toEqual(['Onboarding', 'Deployment', 'Audit']);
  });

  it('filters by text, client, status and date range', () => {
    const sort = { key: 'updatedAt', descending: true } as const;
    const f = (over: Partial<typeof NO_FILTER>) =>
      titles(visibleItems(items, 'active', { ...NO_FILTER, ...over }, sort));
    expect(f({ text: 'CONTO' })).toEqual(['Onboarding']);
    expect(f({ client: 'Acme' })).toEqual(['Deployment']);
    expect(f({ status: 'completed' })).toEqual(['Deployment']);
    expect(f({ from: '2026-02-01' })).toEqual(['Onboarding']);
    expect(f({ from: '2026-01-10', to: '2026-01-10' })).toEqual(['Deployment']);
  });

  it('lists recently opened workshops, not those in the trash, and the clients', () => {
    expect(titles(recentItems(items))).toEqual(['Billing', 'Deployment']);
    expect(clientsOf(items)).toEqual(['Acme', 'Contoso', 'Fabrikam']);
  });
});

describe('tags', () => {
  const tagged = [
    item('Deployment', { tags: ['virtualization', 'Infrastructure'] }),
    item('Onboarding', { tags: ['HR'] }),
    item('Patching', { tags: ['infrastructure'], deletedAt: '2026-04-03T00:00:00Z' }),
  ];
  it('filters by a tag, whatever its case, and finds tags by text', () => {
    const by = (filter: Partial<typeof NO_FILTER>) =>
      visibleItems(tagged, 'active', { ...NO_FILTER, ...filter }, { key: 'title', descending: false }).map(
        (i) => i.id,
      );
    expect(by({ tag: 'INFRASTRUCTURE' })).toEqual(['Deployment']);
    expect(by({ text: 'virtual' })).toEqual(['Deployment']);
    expect(by({ tag: 'finance' })).toEqual([]);
  });
  it('lists the tags in use, once each, leaving the trash out', () => {
    expect(tagsOf(tagged)).toEqual(['HR', 'Infrastructure', 'virtualization']);
  });
});
