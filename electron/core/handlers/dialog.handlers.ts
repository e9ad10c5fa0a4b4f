import { basename } from 'node:path';
import type { FileChoice, dialogChannels } from '../../../shared/ipc/dialog.channels.js';
import { type FileUse, issueFileHandle } from '../files/handles.js';
import type { HandlerMap } from './types.js';

/** Main keeps the chosen path and hands the renderer only a handle and the file's name. */
function choice(path: string | null, use: FileUse): FileChoice {
  if (path === null) return { available: true, file: null, name: null };
  return { available: true, file: issueFileHandle(path, use), name: basename(path) };
}

export const dialogHandlers: HandlerMap<keyof typeof dialogChannels> = {
  'dialog:save': async (input, { shell }) => {
    if (!shell?.chooseSavePath) return { available: false, file: null, name: null };
    return choice(await shell.chooseSavePath(input.defaultName, input.kind), 'write');
  },
  'dialog:open': async (input, { shell }) => {
    if (!shell?.chooseOpenPath) return { available: false, file: null, name: null };
    return choice(await shell.chooseOpenPath(input.kind), 'read');
  },
};
