import { z } from 'zod';
import type { WorkshopData } from '../domain/workshop-data.js';
import type { CrossEngagementReview } from '../library/cross-engagement.js';
import {
  VISIBILITIES,
  type FirmHit,
  type FirmStatus,
  type FirmVersionSummary,
  type OutboxItem,
} from '../firm/types.js';
import { channel } from './define.js';
import { idSchema, optionalText, requiredText } from './schemas.js';

/** PostgreSQL role names as IT creates them (see README): no quoting needed. */
const roleName = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, { error: 'must be a role name (a-z, 0-9, _)' });

const version = z.strictObject({ versionId: idSchema });

/** Published versions grouped by process and industry, each group read across like the local review. */
export interface FirmReviewGroup {
  processName: string;
  industry: string;
  review: CrossEngagementReview;
}

export const firmChannels = {
  'firm:status': channel<FirmStatus>()(z.strictObject({})),
  /** Saves where the library is (and the password, in the OS credential store); `null` forgets it. */
  'firm:configure': channel<FirmStatus>()(
    z.strictObject({
      target: z
        .strictObject({
          host: requiredText(255),
          port: z.int().min(1).max(65535).default(5432),
          database: requiredText(63),
          user: roleName,
        })
        .nullable(),
      password: z.string().max(1000).optional(),
    }),
  ),
  /** Tries the connection and the outbox now (bounded by timeouts); answers the new status. */
  'firm:sync': channel<FirmStatus>()(z.strictObject({})),
  /** Queues the workshop as it is now; sent at once when the library is reachable, later otherwise. */
  'firm:publish': channel<OutboxItem>()(
    z
      .strictObject({
        workshopId: idSchema,
        visibility: z.enum(VISIBILITIES).default('firm'),
        team: roleName.optional(),
        industry: optionalText(100).default(''),
      })
      .refine((v) => v.visibility !== 'team' || v.team !== undefined, {
        path: ['team'],
        message: 'name the team that may see it',
      }),
  ),
  'firm:discard': channel<{ discarded: true }>()(z.strictObject({ outboxId: idSchema })),
  'firm:search': channel<FirmHit[]>()(
    z.strictObject({ text: z.string().max(500), limit: z.int().min(1).max(100).optional() }),
  ),
  /** One published version, read-only. */
  'firm:open': channel<{ summary: FirmVersionSummary; data: WorkshopData; mine: boolean }>()(version),
  /** A copy in the local store as a new workshop, as Duplicate makes. */
  'firm:use-template': channel<{ workshopId: string }>()(
    z.strictObject({ versionId: idSchema, title: requiredText(200).optional() }),
  ),
  /** The consultant's own published version back into the local store, same ids, to continue it. */
  'firm:download': channel<{ workshopId: string; replaced: boolean }>()(
    z.strictObject({ versionId: idSchema, overwrite: z.boolean().default(false) }),
  ),
  'firm:review': channel<FirmReviewGroup[]>()(z.strictObject({})),
};
