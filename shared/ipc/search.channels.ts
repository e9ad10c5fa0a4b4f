import { z } from 'zod';
import type { MapState } from '../domain/types.js';
import type { SnippetPart } from '../search/fts-query.js';
import { channel } from './define.js';
import { idSchema } from './schemas.js';

export type SearchEntity =
  'workshop' | 'step' | 'pain_point' | 'finding' | 'action' | 'parking_lot' | 'decision';

export interface SearchHit {
  entity: SearchEntity;
  entityId: string;
  workshopId: string;
  workshopTitle: string;
  client: string;
  /** The step, for a step or one of its pain points; null otherwise. */
  stepId: string | null;
  stepTitle: string | null;
  state: MapState | null;
  /** The matching text around the hit, split so the UI can emphasise hits without HTML. */
  snippet: SnippetPart[];
}

export const searchChannels = {
  'search:query': channel<SearchHit[]>()(
    z.strictObject({
      text: z.string().max(500),
      limit: z.int().min(1).max(200).optional(),
      /** Only this workshop's hits. */
      workshopId: idSchema.optional(),
    }),
  ),
};
