import { describe, expect, it } from 'vitest';
import { invoke, startCore } from '../../helpers/core.js';
import { decidedWorkshop, seen } from '../exchange/decided-workshop.js';

describe('the cross-engagement review', () => {
  it('gives each workshop the verdict Compare shows, without the matches rejected there', async () => {
    const core = await startCore();
    const decided = await decidedWorkshop(core);
    const compare = (await seen(core, decided.workshopId)).view;
    expect(compare.percent).not.toBe(decided.undecidedPercent);
    const review = await invoke(core, 'library:review', {});
    const row = review.workshops.find((w) => w.id === decided.workshopId);
    expect(row).toMatchObject({ percent: compare.percent, band: compare.band });
    await core.close();
  });
});
