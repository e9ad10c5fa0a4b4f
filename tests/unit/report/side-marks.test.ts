import { afterAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { compareWorkshop } from '../../../shared/compare/index.js';
import { MAP_STATES } from '../../../shared/domain/types.js';
import { NO_STATUS, STATUS_MARKS, markMeanings, markOf } from '../../../shared/report/side-by-side.js';
import { sideMarks } from '../../../shared/report/side-marks.js';
import { originStory } from '../../fixtures/origin-story.js';
import { startCore } from '../../helpers/core.js';
import { SCENARIOS, compareScenario, importScenario } from '../compare/scenario-helpers.js';

describe('the side-by-side slide marks', () => {
  const story = originStory();
  const comparison = compareWorkshop({ maps: story.maps, links: story.links });
  const { byStep, legend } = sideMarks(story, comparison);

  it('marks each step with the mark the deck and the report draw for its status', () => {
    for (const state of MAP_STATES)
      for (const step of story.maps[state].steps)
        expect(byStep.get(step.id), step.title).toBe(markOf(state, comparison.statuses.byStep[step.id]));
    expect(byStep.get(story.ids.actual.requestForm!)?.label).toBe('Unchanged');
    expect(byStep.get(story.ids.future.selfService!)?.label).toBe('Not adopted');
  });

  it('marks a step the future design kept as it was "Kept as planned" in all three columns', () => {
    const kept = (state: (typeof MAP_STATES)[number]) =>
      story.maps[state].steps.filter((s) => s.title === 'Deploy application').map((s) => byStep.get(s.id));
    for (const state of MAP_STATES) expect(kept(state), state).toEqual([STATUS_MARKS.actual.kept]);
    expect(legend.current.find((e) => e.mark === STATUS_MARKS.actual.kept)?.meaning).toBe(
      'Kept by the future design, and still done',
    );
  });

  it('lists in the legend only the marks a column uses, in the order of the comparison, in its words', () => {
    for (const state of MAP_STATES) {
      const used = new Set(story.maps[state].steps.map((s) => byStep.get(s.id)));
      expect(legend[state]).toEqual(markMeanings(state).filter((e) => used.has(e.mark)));
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

describe('no step the design meant to keep is marked as a failure or a gain', () => {
  let core: AppCore | undefined;
  afterAll(async () => core?.close());

  it.each(['origin story', ...SCENARIOS])('%s', async (name) => {
    let data: Parameters<typeof sideMarks>[0];
    let result: ReturnType<typeof compareWorkshop>;
    if (name === 'origin story') {
      data = originStory();
      result = compareWorkshop({ maps: data.maps, links: originStory().links });
    } else {
      core ??= await startCore();
      ({ data, result } = await compareScenario(core, await importScenario(core, name)));
    }
    const { byStep } = sideMarks(data, result);
    let kept = 0;
    for (const state of MAP_STATES)
      for (const step of data.maps[state].steps) {
        const status = result.statuses.byStep[step.id];
        if (!status || status.plannedChange) continue;
        kept++;
        const mark = byStep.get(step.id)!;
        expect(mark.tone, `${state} ${step.title}: ${mark.label}`).not.toBe('bad');
        expect(mark.label, `${state} ${step.title}`).not.toMatch(/^(Adopted|Still done|Unchanged)$/);
      }
    if (name === 'origin story') expect(kept).toBe(9);
  });
});
