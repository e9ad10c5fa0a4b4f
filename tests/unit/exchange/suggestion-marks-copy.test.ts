import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { invoke, startCore } from '../../helpers/core.js';
import { decidedWorkshop, seen } from './decided-workshop.js';

const idsInKey = (key: string) => key.split(':').filter((part) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(part));

/** The facilitator's decisions on Compare and Findings go wherever the workshop goes. */
describe('decisions about the comparison’s suggestions, in copies', () => {
  it('travel in a .triptych file: the copy in a fresh library compares and suggests as the original', async () => {
    const core = await startCore();
    const decided = await decidedWorkshop(core);
    const original = await seen(core, decided.workshopId);
    const exported = await invoke(core, 'workshop:export', { workshopId: decided.workshopId });
    expect(original.view.marks.some((m) => m.startsWith('rejected link:'))).toBe(true);
    await core.close();

    const fresh = await startCore();
    const { workshopId } = await invoke(fresh, 'workshop:import', { content: exported.content! });
    expect(workshopId).not.toBe(decided.workshopId);
    const copy = await seen(fresh, workshopId);
    expect(copy.view).toEqual(original.view);
    // The rejected match stays rejected: the verdict is the decided one, not the one before.
    expect(copy.view.percent).not.toBe(decided.undecidedPercent);
    expect(copy.view.offered).not.toContain(original.label(decided.dismissed));
    expect(copy.view.offered).not.toContain(original.label(decided.accepted));
    expect(copy.view.findings.filter((f) => f.endsWith('(suggested)'))).toHaveLength(1);
    expect(JSON.parse(exported.content!).workshop.suggestionMarks).toHaveLength(3);
    // Keys name the copy's own steps, and the accepted mark its own finding.
    const data = loadWorkshopData(fresh.db(), workshopId);
    const steps = new Set(Object.values(data.maps).flatMap((m) => m.steps.map((s) => s.id)));
    for (const mark of data.suggestionMarks ?? []) {
      for (const id of idsInKey(mark.key)) expect(steps.has(id)).toBe(true);
      if (mark.findingId) expect(data.findings.map((f) => f.id)).toContain(mark.findingId);
    }
    await fresh.close();
  });

  it('travel through Duplicate, and a template without attendees or times keeps them too', async () => {
    const core = await startCore();
    const decided = await decidedWorkshop(core);
    const original = await seen(core, decided.workshopId);
    const dup = await invoke(core, 'library:duplicate', { workshopId: decided.workshopId });
    const copy = await seen(core, dup.workshopId);
    expect(copy.view).toEqual(original.view);
    expect(copy.view.percent).not.toBe(decided.undecidedPercent);
    const bare = await invoke(core, 'library:duplicate', {
      workshopId: decided.workshopId,
      withoutAttendees: true,
    });
    expect((await seen(core, bare.workshopId)).view.marks).toEqual(original.view.marks);
    await core.close();
  });

  it('a file from before them imports with no decisions: the comparison is the undecided one', async () => {
    const core = await startCore();
    const decided = await decidedWorkshop(core);
    const exported = await invoke(core, 'workshop:export', { workshopId: decided.workshopId });
    const old = JSON.parse(exported.content!) as { workshop: Record<string, unknown> };
    delete old.workshop.suggestionMarks;
    const { workshopId } = await invoke(core, 'workshop:import', { content: JSON.stringify(old) });
    const copy = await seen(core, workshopId);
    expect(copy.view.marks).toEqual([]);
    expect(copy.view.percent).toBe(decided.undecidedPercent);
    await core.close();
  });

  it('a decision about a step the copy does not hold is dropped, not kept pointing at nothing', async () => {
    const core = await startCore();
    const decided = await decidedWorkshop(core);
    const [, toStep] = decided.rejectedMatch.slice('link:'.length).split(':');
    await invoke(core, 'step:delete', { stepId: toStep! });
    const dup = await invoke(core, 'library:duplicate', { workshopId: decided.workshopId });
    const marks = await invoke(core, 'suggestion:list', { workshopId: dup.workshopId });
    expect(marks.map((m) => m.decision).sort()).toEqual(['accepted', 'rejected']);
    expect(marks.some((m) => m.key.startsWith('link:'))).toBe(false);
    await core.close();
  });
});

describe('decisions in a .triptych file', () => {
  it('are refused when they name a step or finding the file does not hold', async () => {
    const core = await startCore();
    const decided = await decidedWorkshop(core);
    const exported = await invoke(core, 'workshop:export', { workshopId: decided.workshopId });
    const file = JSON.parse(exported.content!) as {
      workshop: { suggestionMarks: { key: string; findingId: string | null }[] };
    };
    const marks = file.workshop.suggestionMarks;
    const link = marks.findIndex((m) => m.key.startsWith('link:'));
    marks[link]!.key = `link:${randomUUID()}:${idsInKey(marks[link]!.key)[1]}`;
    const accepted = marks.findIndex((m) => m.findingId !== null);
    marks[accepted]!.findingId = randomUUID();
    const result = await dispatch({ core }, 'workshop:import', { content: JSON.stringify(file) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain(
        `suggestionMarks[${link}].key: names a step that is not in this workshop`,
      );
      expect(result.error.message).toContain(`suggestionMarks[${accepted}].findingId: must be a finding`);
    }
    await core.close();
  });
});
