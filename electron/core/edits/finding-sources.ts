import type { FindingSource } from '../../../shared/domain/room.js';
import type { Edit } from './edit.js';
import { checkRef } from './room-refs.js';

const key = (s: FindingSource) => `${s.type}:${s.id}`;

/** Sets what the room said in support of a finding; each source must be a quote or pain point of this workshop. */
export function setFindingSources(
  edit: Edit,
  workshopId: string,
  findingId: string,
  sources: FindingSource[],
): void {
  for (const s of sources) checkRef(edit.db, workshopId, s.type, s.id, 'sources');
  const current = (
    edit.db
      .prepare(`SELECT source_type, source_id FROM finding_sources WHERE finding_id = ?`)
      .all(findingId) as { source_type: FindingSource['type']; source_id: string }[]
  ).map((r) => ({ type: r.source_type, id: r.source_id }));
  const wanted = new Map(sources.map((s) => [key(s), s]));
  const have = new Set(current.map(key));
  for (const s of current)
    if (!wanted.has(key(s)))
      edit.delete('finding_sources', { finding_id: findingId, source_type: s.type, source_id: s.id });
  for (const [k, s] of wanted)
    if (!have.has(k))
      edit.insert('finding_sources', { finding_id: findingId, source_type: s.type, source_id: s.id });
}

/** A quote or pain point being deleted stops supporting any finding (undo brings the links back). */
export function unlinkSource(edit: Edit, type: FindingSource['type'], id: string): void {
  for (const f of edit.db
    .prepare(`SELECT finding_id FROM finding_sources WHERE source_type = ? AND source_id = ?`)
    .pluck()
    .all(type, id) as string[])
    edit.delete('finding_sources', { finding_id: f, source_type: type, source_id: id });
}
