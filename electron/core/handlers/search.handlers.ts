import type { searchChannels } from '../../../shared/ipc/search.channels.js';
import { search } from '../search/search-query.js';
import type { HandlerMap } from './types.js';

export const searchHandlers: HandlerMap<keyof typeof searchChannels> = {
  'search:query': (input, { core }) => search(core.db(), input),
};
