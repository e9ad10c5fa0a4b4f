import { type GridCell, type GridMark, type GridRow, statusGrid } from '../diagram/status-grid.js';
import { MAP_STATES, type MapState } from '../domain/types.js';
import { alignedIds } from './build-comparison.js';
import type { BuildContext } from './context.js';
import { plural } from './format.js';
import type { ReportImage } from './model.js';
import { diagramBox } from './page.js';
import { statusMark } from './side-by-side.js';
import { STATE_NAMES } from './texts.js';

/**
 * The three states side by side on one page, aligned row by row, each step coloured and marked by
 * its status: the comparison at a glance, where the full table (in the appendix) runs for pages.
 */
export function sideBySideImage(ctx: BuildContext): ReportImage | null {
  const ids = alignedIds(ctx);
  if (ids.length === 0) return null;
  const used = new Map<MapState, Map<string, { mark: GridMark; count: number }>>(
    MAP_STATES.map((s) => [s, new Map()]),
  );
  const cells = (state: MapState, list: string[]): GridCell[] =>
    list.flatMap((id) => {
      const found = ctx.steps.get(id);
      if (!found) return [];
      const mark: GridMark = statusMark(ctx.comparison, state, id);
      const tally = used.get(state)!;
      const entry = tally.get(mark.label) ?? { mark, count: 0 };
      entry.count += 1;
      tally.set(mark.label, entry);
      return [{ numbers: [found.number], title: found.step.title, mark }];
    });
  const rows: GridRow[] = ids.map((r) => [
    cells('current', r.current),
    cells('future', r.future),
    cells('actual', r.actual),
  ]);
  const entries = MAP_STATES.map((s) => ({
    state: STATE_NAMES[s].replace(' state', ''),
    marks: [...used.get(s)!.values()].map((e) => e.mark),
  })).filter((e) => e.marks.length > 0);
  const box = diagramBox(ctx.options.paper, false);
  const headings = MAP_STATES.map((s) => STATE_NAMES[s].replace(' state', '')) as [string, string, string];
  const grid = statusGrid(headings, rows, entries, box.width, box.maxHeight);
  const counts = MAP_STATES.map((s) => {
    const list = [...used.get(s)!.values()].map((e) => `${e.count} ${e.mark.label.toLowerCase()}`);
    return `${STATE_NAMES[s].replace(' state', '').toLowerCase()}: ${list.join(', ') || 'no steps'}`;
  });
  return {
    key: 'side-by-side',
    svg: grid.svg,
    width: grid.width,
    height: grid.height,
    alt:
      `The three states side by side in ${plural(rows.length, 'row')}, each lining up corresponding steps; ` +
      `each step is coloured and marked by its status. Steps per status, ${counts.join('; ')}.`,
    caption:
      'Current, future and actual side by side: each row lines up corresponding steps; colour, icon and ' +
      'legend give each step’s status. The full step-by-step table is in the appendix.',
  };
}
