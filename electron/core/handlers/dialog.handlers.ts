import type { dialogChannels } from '../../../shared/ipc/dialog.channels.js';
import type { HandlerMap } from './types.js';

export const dialogHandlers: HandlerMap<keyof typeof dialogChannels> = {
  'dialog:save': async (input, { shell }) => {
    if (!shell?.chooseSavePath) return { available: false, path: null };
    return { available: true, path: await shell.chooseSavePath(input.defaultName, input.kind) };
  },
};
