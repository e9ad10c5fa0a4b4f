import { z } from 'zod';
import { SLIDES } from '../domain/slides.js';
import { channel } from './define.js';
import { idSchema } from './schemas.js';

export const windowChannels = {
  /**
   * Opens the presenter view in its own window where the shell can (Electron), at the slide `state`
   * (a map state, or the side-by-side, comparison or findings slide); `opened: false` otherwise.
   */
  'window:presenter': channel<{ opened: boolean }>()(
    z.object({ workshopId: idSchema, state: z.enum(SLIDES) }).strict(),
  ),
};
