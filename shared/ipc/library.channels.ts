import { z } from 'zod';
import type { WorkshopSummary } from '../domain/types.js';
import type { CrossEngagementReview } from '../library/cross-engagement.js';
import { channel } from './define.js';
import { idSchema, requiredText } from './schemas.js';

/** A workshop as the library lists it, in the trash or not. */
export interface LibraryItem extends WorkshopSummary {
  createdAt: string;
  /** When it was moved to the trash; null when it is not in the trash. */
  deletedAt: string | null;
  lastOpenedAt: string | null;
  tags: string[];
}

/** Days a workshop stays in the trash before it is purged at startup. */
export const TRASH_DAYS = 30;

const target = z.strictObject({ workshopId: idSchema });

export const libraryChannels = {
  /** Every workshop, archived and trashed included; the library sorts and filters them. */
  'library:list': channel<LibraryItem[]>()(z.strictObject({})),
  /** Remembers that the workshop was opened, for "recently opened". */
  'library:opened': channel<{ lastOpenedAt: string }>()(target),
  /** Puts a workshop in (or takes it out of) the Archived view; its status is left as it is. */
  'library:archive': channel<{ archived: boolean }>()(
    z.strictObject({ workshopId: idSchema, archived: z.boolean() }),
  ),
  'library:trash': channel<{ deletedAt: string }>()(target),
  'library:restore': channel<{ restored: true }>()(target),
  /** Deletes a workshop in the trash for good (a workshop not in the trash is refused). */
  'library:purge': channel<{ purged: true }>()(target),
  /** Recurring pain points and findings, and each workshop's lead times and verdict, side by side. */
  'library:review': channel<CrossEngagementReview>()(z.strictObject({})),
  /** A copy to start the next engagement from: fresh ids, draft status, no date. */
  'library:duplicate': channel<{ workshopId: string }>()(
    z.strictObject({
      workshopId: idSchema,
      title: requiredText(200).optional(),
      withoutAttendees: z.boolean().default(false),
      withoutTimes: z.boolean().default(false),
    }),
  ),
};
