import type { appChannels } from '../../../shared/ipc/app.channels.js';
import type { HandlerMap } from './types.js';

export const appHandlers: HandlerMap<keyof typeof appChannels> = {
  'app:status': (_input, { core }) => core.status(),
  'app:recover': (input, { core }) => core.recover(input),
};
