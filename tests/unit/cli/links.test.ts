/**
 * Accepting every automatic match is ONE edit: in the app (`link:accept-many`) and in
 * `triptych links <id> --accept-all`, one undo restores the review as it was.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';
import { compareScenario, importScenario } from '../compare/scenario-helpers.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t) }, { out: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('accept all automatic matches', () => {
  it('the CLI accepts them as links in one edit, and one undo removes them all', async () => {
    const dir = tempDir();
    let core = await startCore(dir);
    const id = await importScenario(core, 'procurement');
    const before = await compareScenario(core, id);
    const automatic = before.result.automatic.length;
    expect(automatic).toBeGreaterThan(5);
    const undoBefore = await invoke(core, 'edit:state', { workshopId: id });
    await core.close();

    const { code, out } = await cli('links', id, '--accept-all', '--data-dir', dir);
    expect(code).toBe(0);
    expect(out).toBe(`${automatic} automatic matches accepted.`);

    core = await startCore(dir);
    const accepted = await compareScenario(core, id);
    expect(accepted.data.links).toHaveLength(automatic);
    expect(accepted.result.automatic).toEqual([]);
    expect(accepted.result.review.automatic).toBe(0);
    // The same correspondence, now from links made by hand.
    expect(accepted.result.correspondence.links.map((l) => [l.fromStepId, l.toStepId])).toEqual(
      before.result.correspondence.links.map((l) => [l.fromStepId, l.toStepId]),
    );

    const state = await invoke(core, 'edit:state', { workshopId: id });
    expect(state.undoLabel).toBe(`Accept ${automatic} automatic matches`);
    expect(state).not.toEqual(undoBefore);
    await invoke(core, 'edit:undo', { workshopId: id });
    const undone = await compareScenario(core, id);
    expect(undone.data.links).toEqual([]);
    expect(undone.result.automatic).toEqual(before.result.automatic);
    await core.close();
  });

  it('the app channel refuses a pair from another workshop and changes nothing', async () => {
    const core = await startCore();
    const id = await importScenario(core, 'procurement');
    const other = await importScenario(core, 'invoice-approval');
    const mine = (await compareScenario(core, id)).result.automatic;
    const theirs = (await compareScenario(core, other)).result.automatic;
    const pairs = [...mine, theirs[0]!].map((m) => ({ fromStepId: m.fromStepId, toStepId: m.toStepId }));
    const refused = await dispatch({ core }, 'link:accept-many', { workshopId: id, pairs });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/every step must belong to this workshop/);
    expect((await invoke(core, 'workshop:data', { id })).links).toEqual([]);

    const done = await invoke(core, 'link:accept-many', { workshopId: id, pairs: pairs.slice(0, -1) });
    expect(done.undo.undoLabel).toBe(`Accept ${mine.length} automatic matches`);
    expect((await invoke(core, 'workshop:data', { id })).links).toHaveLength(mine.length);
    await core.close();
  });
});
