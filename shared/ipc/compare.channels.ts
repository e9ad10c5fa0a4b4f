import { z } from 'zod';
import type { SuggestionMark } from '../domain/suggestion-marks.js';
import { channel } from './define.js';
import type { EditResult } from './map.channels.js';
import { ROOM_FIELDS } from './room.channels.js';
import { idSchema } from './schemas.js';

export type { SuggestionMark };

/** Key of a link suggestion: the unlinked step and the candidate offered for it. */
export const linkSuggestionKey = (stepId: string, candidateId: string): string =>
  `link:${stepId}:${candidateId}`;

const suggestionKey = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(300, { error: 'must be at most 300 characters' });
const edit = channel<EditResult>();

export const compareChannels = {
  'suggestion:list': channel<SuggestionMark[]>()(z.object({ workshopId: idSchema }).strict()),
  /** Rejects a link suggestion or dismisses a suggested finding; undoable. */
  'suggestion:reject': edit(z.object({ workshopId: idSchema, key: suggestionKey }).strict()),
  /** Forgets the decision, so the suggestion shows as new again; undoable. */
  'suggestion:restore': edit(z.object({ workshopId: idSchema, key: suggestionKey }).strict()),
  /**
   * Accepts automatic matches as links, all in ONE undoable edit (Compare's and the CLI's "accept
   * all"): one undo removes every link it made. Nothing changes when one pair is refused.
   */
  'link:accept-many': edit(
    z
      .object({
        workshopId: idSchema,
        pairs: z
          .array(z.object({ fromStepId: idSchema, toStepId: idSchema }).strict())
          .min(1, { error: 'must hold at least one pair' })
          .max(20000, { error: 'must hold at most 20000 pairs' }),
      })
      .strict(),
  ),
  /** Adds the suggested finding and remembers it was accepted, as one undoable edit; answers its id. */
  'finding:accept-suggestion': edit(
    z.object({ workshopId: idSchema, key: suggestionKey, finding: ROOM_FIELDS.finding.strict() }).strict(),
  ),
  /** Accept all: every suggestion given added at once, as one undoable edit. */
  'finding:accept-suggestions': channel<EditResult & { accepted: number }>()(
    z
      .object({
        workshopId: idSchema,
        suggestions: z
          .array(z.object({ key: suggestionKey, finding: ROOM_FIELDS.finding.strict() }).strict())
          .min(1, { error: 'There are no suggestions to accept.' })
          .max(500),
      })
      .strict(),
  ),
};
