import { describe, expect, it } from 'vitest';
import { boardLayout } from '../../../shared/domain/board-layout.js';
import type { Lane } from '../../../shared/domain/types.js';

const lane = (id: string) => ({ id, mapId: 'm', name: id.toUpperCase(), position: 0 }) as never as Lane;
const step = (id: string, laneId: string | null) => ({ id, laneId }) as never;

describe('boardLayout', () => {
  it('puts a handover in the column of the step before it, at most two steps a column', () => {
    const layout = boardLayout({
      lanes: [lane('a'), lane('b'), lane('c')],
      steps: [step('1', 'a'), step('2', 'b'), step('3', 'c'), step('4', 'c'), step('5', 'a')],
    });
    expect([...layout.cells.values()]).toEqual([
      { row: 0, col: 0 },
      { row: 1, col: 0 },
      { row: 2, col: 1 },
      { row: 2, col: 2 },
      { row: 0, col: 2 },
    ]);
    expect(layout.columns).toBe(3);
  });

  it('draws no row for a lane without steps, and offers it for removal', () => {
    const layout = boardLayout({ lanes: [lane('a'), lane('x')], steps: [step('1', 'a'), step('2', null)] });
    expect(layout.rows).toEqual([
      { laneId: 'a', name: 'A' },
      { laneId: null, name: null },
    ]);
    expect(layout.emptyLanes.map((l) => l.id)).toEqual(['x']);
  });
});
