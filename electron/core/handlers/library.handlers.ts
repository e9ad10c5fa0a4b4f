import type { libraryChannels } from '../../../shared/ipc/library.channels.js';
import {
  archiveWorkshop,
  duplicateWorkshop,
  listLibrary,
  markOpened,
  reviewLibrary,
  purgeWorkshop,
  restoreWorkshop,
  trashWorkshop,
} from '../repo/library.js';
import type { HandlerMap } from './types.js';

export const libraryHandlers: HandlerMap<keyof typeof libraryChannels> = {
  'library:list': (_input, { core }) => listLibrary(core.db()),
  'library:opened': (input, { core }) => markOpened(core.db(), input.workshopId),
  'library:archive': (input, { core }) => archiveWorkshop(core.db(), input.workshopId, input.archived),
  'library:trash': (input, { core }) => trashWorkshop(core.db(), input.workshopId),
  'library:restore': (input, { core }) => restoreWorkshop(core.db(), input.workshopId),
  'library:purge': (input, { core }) => purgeWorkshop(core.db(), input.workshopId),
  'library:review': (_input, { core }) => reviewLibrary(core.db()),
  'library:duplicate': (input, { core }) => duplicateWorkshop(core.db(), input),
};
