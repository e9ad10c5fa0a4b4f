import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../electron/core/edits/op-runs.js';
import { type RowOp, applyOp } from '../../../electron/core/edits/row-ops.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import type { Db } from '../../../electron/core/store/database.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { startCore } from '../../helpers/core.js';

const dump = (db: Db, table: string) =>
  db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all() as Record<string, unknown>[];

/** The same ops, one statement per row and set-based, on the same rows, must leave the same rows behind. */
async function bothWays(ops: (db: Db, mapId: string) => RowOp[]) {
  const core = await startCore();
  const db = core.db();
  const id = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
  const mapId = loadWorkshopData(db, id).maps.future.id;
  const planned = JSON.stringify(ops(db, mapId));
  const results: Record<string, unknown>[][][] = [];
  for (const apply of [(o: RowOp[]) => o.forEach((op) => applyOp(db, op)), (o: RowOp[]) => applyOps(db, o)]) {
    db.exec('BEGIN');
    db.pragma('defer_foreign_keys = ON');
    apply(JSON.parse(planned) as RowOp[]);
    results.push(['steps', 'finding_steps', 'search_keys'].map((t) => dump(db, t)));
    db.exec('ROLLBACK');
  }
  await core.close();
  expect(results[1]).toEqual(results[0]);
  return results[1]!;
}

describe('set-based undo and redo (runs of inserts and deletes)', () => {
  it('inserts keep every value and type: number-like text, JSON text, fractions, null', async () => {
    const [steps] = await bothWays((_db, mapId) =>
      Array.from({ length: 5 }, (_, i) => ({
        op: 'insert' as const,
        table: 'steps',
        row: {
          id: `00000000-0000-4000-8000-00000000010${i}`,
          map_id: mapId,
          lane_id: null,
          position: 100 + i,
          title: i === 0 ? '0042' : `Step ${i} “quoted” \\ back`,
          description: '',
          tools: '["Email","SAP"]',
          process_minutes: i === 1 ? 2.5 : i,
          notes: i === 2 ? 'null' : '',
        },
      })),
    );
    const added = steps!.filter((s) => (s.position as number) >= 100);
    expect(added.map((s) => s.title)).toEqual([
      '0042',
      ...[1, 2, 3, 4].map((i) => `Step ${i} “quoted” \\ back`),
    ]);
    expect(added[1]).toMatchObject({ process_minutes: 2.5, tools: '["Email","SAP"]', lane_id: null });
    expect(added[2]!.notes).toBe('null');
  });

  it('deletes by composite key, and mixed runs apply in order', async () => {
    const [, links] = await bothWays((db) => {
      const pairs = db.prepare(`SELECT finding_id, step_id FROM finding_steps`).all() as Record<
        string,
        unknown
      >[];
      const ops: RowOp[] = pairs.map((key) => ({ op: 'delete', table: 'finding_steps', key }));
      // Put the first back after deleting it: order matters.
      ops.push({ op: 'insert', table: 'finding_steps', row: pairs[0]! });
      return ops;
    });
    expect(links).toHaveLength(1);
  });
});
