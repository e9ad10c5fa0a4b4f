import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFirm } from '../../../electron/core/firm/connection.js';
import { publishVersion } from '../../../electron/core/firm/publish.js';
import {
  downloadToContinue,
  openVersion,
  reviewFirm,
  useAsTemplate,
} from '../../../electron/core/firm/reuse.js';
import { readVersion } from '../../../electron/core/firm/search.js';
import { invoke, startCore } from '../../helpers/core.js';
import { type ConsultantName, type FirmLibrary, startFirmLibrary } from '../../helpers/firm-library.js';
import { decidedWorkshop, seen } from '../exchange/decided-workshop.js';

let lib: FirmLibrary;
beforeAll(async () => {
  lib = await startFirmLibrary();
}, 60_000);
afterAll(() => lib?.destroy());

const as = <T>(who: ConsultantName, fn: (c: pg.Client) => Promise<T>) =>
  withFirm(lib.target(who), lib.password(who), fn);

describe('a published workshop with decisions about its comparison', () => {
  it('is found and reviewed by the verdict Compare shows, and comes back with its decisions', async () => {
    const core = await startCore();
    const decided = await decidedWorkshop(core);
    const original = await seen(core, decided.workshopId);
    expect(original.view.percent).not.toBe(decided.undecidedPercent);
    const { content } = await invoke(core, 'workshop:export', { workshopId: decided.workshopId });
    await core.close();
    const published = await as('alice', (c) =>
      publishVersion(c, {
        idempotencyKey: randomUUID(),
        content: content!,
        visibility: 'firm',
        team: null,
        industry: 'Decisions',
      }),
    );

    // Searchable columns and the firm review: the verdict with the rejected match left out.
    const read = await as('bob', (c) => readVersion(c, published.id));
    expect(read!.summary.verdictPercent).toBe(original.view.percent);
    const groups = await as('bob', (c) => reviewFirm(c));
    const reviewed = groups.flatMap((g) => g.review.workshops).find((w) => w.id === decided.workshopId);
    expect(reviewed?.percent).toBe(original.view.percent);

    // Use as template (new ids) and download to continue (its own ids): the same comparison.
    const opened = await as('alice', (c) => openVersion(c, published.id));
    const laptop = await startCore();
    const template = useAsTemplate(laptop.db(), opened);
    expect((await seen(laptop, template.workshopId)).view).toEqual(original.view);
    const continued = downloadToContinue(laptop.db(), opened, false);
    expect(continued.workshopId).toBe(decided.workshopId);
    expect((await seen(laptop, continued.workshopId)).view).toEqual(original.view);
    await laptop.close();
  });
});
