import type { firmChannels } from '../../../shared/ipc/firm.channels.js';
import { downloadToContinue, openVersion, reviewFirm, useAsTemplate } from '../firm/reuse.js';
import { searchFirm } from '../firm/search.js';
import { firmOf } from '../firm/service.js';
import type { HandlerMap } from './types.js';

export const firmHandlers: HandlerMap<keyof typeof firmChannels> = {
  'firm:status': (_input, { core }) => firmOf(core).status(),
  'firm:configure': (input, { core }) => {
    const firm = firmOf(core);
    firm.configure(input.target, input.password);
    return firm.status();
  },
  'firm:sync': async (_input, { core }) => {
    const firm = firmOf(core);
    // A failed check is already in the status; the answer is the status either way.
    await firm.run(async () => undefined, true).catch(() => undefined);
    await firm.drain();
    return firm.status();
  },
  'firm:publish': (input, { core }) =>
    firmOf(core).publish(input.workshopId, {
      visibility: input.visibility,
      team: input.visibility === 'team' ? (input.team ?? null) : null,
      industry: input.industry,
    }),
  'firm:discard': (input, { core }) => {
    firmOf(core).discard(input.outboxId);
    return { discarded: true };
  },
  'firm:search': (input, { core }) => firmOf(core).run((c) => searchFirm(c, input.text, input.limit)),
  'firm:open': (input, { core }) => firmOf(core).run((c) => openVersion(c, input.versionId)),
  'firm:use-template': async (input, { core }) => {
    const opened = await firmOf(core).run((c) => openVersion(c, input.versionId));
    return firmOf(core).write(() => useAsTemplate(core.db(), opened, input.title));
  },
  'firm:download': async (input, { core }) => {
    const opened = await firmOf(core).run((c) => openVersion(c, input.versionId));
    return firmOf(core).write(() => downloadToContinue(core.db(), opened, input.overwrite));
  },
  'firm:review': (_input, { core }) => firmOf(core).run((c) => reviewFirm(c)),
};
