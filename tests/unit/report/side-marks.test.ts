import { describe, expect, it } from 'vitest';
import { compareWorkshop, statusLabel } from '../../../shared/compare/index.js';
import { MAP_STATES } from '../../../shared/domain/types.js';
import { NO_STATUS, STATUS_MARKS } from '../../../shared/report/side-by-side.js';
import { sideMarks } from '../../../shared/report/side-marks.js';
import { originStory } from '../../fixtures/origin-story.js';

describe('the side-by-side slide marks', () => {
  const story = originStory();
  const comparison = compareWorkshop({ maps: story.maps, links: story.links });
  const { byStep, legend } = sideMarks(story, comparison);

  it('marks each step with the mark the deck and the report draw for its status', () => {
    for (const state of MAP_STATES)
      for (const step of story.maps[state].steps) {
        const status = comparison.statuses.byStep[step.id]!.status;
        expect(byStep.get(step.id), step.title).toBe(STATUS_MARKS[state][status]);
      }
    expect(byStep.get(story.ids.actual.requestForm!)?.label).toBe('Unchanged');
    expect(byStep.get(story.ids.future.selfService!)?.label).toBe('Not adopted');
  });

  it('lists in the legend only the marks a column uses, in the order of the comparison, in its words', () => {
    for (const state of MAP_STATES) {
      const used = new Set(story.maps[state].steps.map((s) => byStep.get(s.id)));
      const order = Object.entries(STATUS_MARKS[state]).filter(([, m]) => used.has(m));
      expect(legend[state].map((e) => e.mark)).toEqual(order.map(([, m]) => m));
      expect(legend[state].map((e) => e.meaning)).toEqual(
        order.map(([status]) => statusLabel(state, status as never)),
      );
    }
    expect(legend.actual.map((e) => e.meaning)).toContain('Unchanged from current');
    expect(legend.future.map((e) => e.meaning)).toContain('Not adopted in actual');
  });

  it('says so when a step has no status', () => {
    const id = story.ids.actual.requestForm!;
    const { [id]: _gone, ...rest } = comparison.statuses.byStep;
    const partial = { ...comparison, statuses: { ...comparison.statuses, byStep: rest } };
    const marks = sideMarks(story, partial);
    expect(marks.byStep.get(id)).toBe(NO_STATUS);
    expect(marks.legend.actual.at(-1)).toEqual({ mark: NO_STATUS, meaning: 'Not compared yet' });
  });
});
