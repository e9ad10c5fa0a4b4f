import { z } from 'zod';
import { MAP_STATES } from '../domain/types.js';
import { channel } from './define.js';
import { idSchema } from './schemas.js';

export const windowChannels = {
  /** Opens the presenter view in its own window where the shell can (Electron); `opened: false` otherwise. */
  'window:presenter': channel<{ opened: boolean }>()(
    z.object({ workshopId: idSchema, state: z.enum(MAP_STATES) }).strict(),
  ),
};
