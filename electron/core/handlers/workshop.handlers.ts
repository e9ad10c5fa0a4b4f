import type { workshopChannels } from '../../../shared/ipc/workshop.channels.js';
import { createWorkshop, getWorkshop, listWorkshops } from '../repo/workshops.js';
import type { HandlerMap } from './types.js';

export const workshopHandlers: HandlerMap<keyof typeof workshopChannels> = {
  'workshop:list': (input, { core }) => listWorkshops(core.db(), input),
  'workshop:create': (input, { core }) => createWorkshop(core.db(), input),
  'workshop:get': (input, { core }) => getWorkshop(core.db(), input.id),
};
