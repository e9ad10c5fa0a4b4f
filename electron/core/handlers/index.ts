import type { Channel } from '../../../shared/ipc/contract.js';
import { appHandlers } from './app.handlers.js';
import { compareHandlers } from './compare.handlers.js';
import { dialogHandlers } from './dialog.handlers.js';
import { libraryHandlers } from './library.handlers.js';
import { exchangeHandlers } from './exchange.handlers.js';
import { firmHandlers } from './firm.handlers.js';
import { jobHandlers } from './job.handlers.js';
import { mapHandlers } from './map.handlers.js';
import { roomHandlers } from './room.handlers.js';
import { windowHandlers } from './window.handlers.js';
import { reportHandlers } from './report.handlers.js';
import { searchHandlers } from './search.handlers.js';
import { participationHandlers } from './participation.handlers.js';
import type { HandlerMap } from './types.js';
import { workshopHandlers } from './workshop.handlers.js';

/** Every channel of the contract has exactly one handler; the type makes a missing one a compile error. */
export const handlers: HandlerMap<Channel> = {
  ...appHandlers,
  ...workshopHandlers,
  ...mapHandlers,
  ...roomHandlers,
  ...windowHandlers,
  ...compareHandlers,
  ...exchangeHandlers,
  ...searchHandlers,
  ...dialogHandlers,
  ...libraryHandlers,
  ...reportHandlers,
  ...firmHandlers,
  ...participationHandlers,
  ...jobHandlers,
};
