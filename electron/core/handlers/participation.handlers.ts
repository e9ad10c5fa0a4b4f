import type { participationChannels } from '../../../shared/ipc/participation.channels.js';
import { moderate } from '../../participation/moderation.js';
import { listNetworks } from '../../participation/networks.js';
import { participationOf } from '../../participation/service.js';
import type { HandlerMap } from './types.js';

/** The facilitator's side of the room; the phones never reach these (another server, other routes). */
export const participationHandlers: HandlerMap<keyof typeof participationChannels> = {
  'participation:networks': () => listNetworks(),
  'participation:open': (i, { core }) => participationOf(core).open(i),
  'participation:close': async (i, { core }) => {
    const p = participationOf(core);
    if (p.room?.workshopId === i.workshopId) await p.close();
    return p.status(i.workshopId);
  },
  'participation:status': (i, { core }) => participationOf(core).status(i.workshopId),
  'participation:settings': (i, { core }) => {
    const p = participationOf(core);
    const room = p.roomOf(i.workshopId);
    const { workshopId: _w, ...changes } = i;
    room.settings = {
      ...room.settings,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    };
    room.touch();
    return p.status(i.workshopId);
  },
  'participation:moderate': (i, { core }) => {
    const p = participationOf(core);
    moderate(core.db(), p.roomOf(i.workshopId), i);
    return p.status(i.workshopId);
  },
  'participation:remove': (i, { core }) => {
    const p = participationOf(core);
    p.remove(i.workshopId, i.participantId);
    return p.status(i.workshopId);
  },
};
