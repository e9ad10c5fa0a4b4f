import type { jobChannels } from '../../../shared/ipc/job.channels.js';
import type { HandlerMap } from './types.js';

export const jobHandlers: HandlerMap<keyof typeof jobChannels> = {
  'job:list': (_input, { core }) => core.jobs.list(),
  'job:cancel': (input, { core }) => ({ cancelled: core.jobs.cancel(input.id) }),
};
