import type { windowChannels } from '../../../shared/ipc/window.channels.js';
import { getWorkshop } from '../repo/workshops.js';
import type { HandlerMap } from './types.js';

export const windowHandlers: HandlerMap<keyof typeof windowChannels> = {
  'window:presenter': (i, { core, shell }) => {
    getWorkshop(core.db(), i.workshopId);
    if (!shell) return { opened: false };
    shell.openPresenter(i.workshopId, i.state);
    return { opened: true };
  },
};
