import { z } from 'zod';
import type { Engagement, Workshop, WorkshopSummary } from '../domain/types.js';
import { WORKSHOP_STATUSES } from '../domain/types.js';
import { channel } from './define.js';
import { idSchema, isoDate, optionalText, requiredText } from './schemas.js';

export interface WorkshopDetail {
  workshop: Workshop;
  engagement: Engagement;
}

export const workshopCreateInput = z
  .object({
    client: requiredText(200),
    title: requiredText(200),
    engagementName: optionalText(200).optional(),
    date: isoDate.nullable().optional(),
    location: optionalText(200).optional(),
    facilitator: optionalText(200).optional(),
    objectives: optionalText(5000).optional(),
  })
  .strict();
export type WorkshopCreateInput = z.infer<typeof workshopCreateInput>;

export const workshopChannels = {
  'workshop:list': channel<WorkshopSummary[]>()(
    z
      .object({
        includeArchived: z.boolean().optional(),
        status: z.enum(WORKSHOP_STATUSES).optional(),
      })
      .strict(),
  ),
  'workshop:create': channel<WorkshopDetail>()(workshopCreateInput),
  'workshop:get': channel<WorkshopDetail>()(z.object({ id: idSchema }).strict()),
};
