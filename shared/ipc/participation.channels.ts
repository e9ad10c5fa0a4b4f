import { z } from 'zod';
import { MAP_STATES, type MapState } from '../domain/types.js';
import type { ContributionKind, ContributionStatus } from '../participation/contract.js';
import { channel } from './define.js';
import { idSchema } from './schemas.js';

/** The facilitator's side of the room: open it on a chosen network, moderate, close it. */

export type NetworkKind = 'loopback' | 'lan' | 'hotspot';

export interface NetworkChoice {
  name: string;
  address: string;
  kind: NetworkKind;
}

export interface RoomStatus {
  open: boolean;
  workshopId: string | null;
  url: string | null;
  address: string | null;
  joinCode: string | null;
  /** The join URL as a QR code, an SVG drawn locally. */
  qrSvg: string | null;
  endsAt: string | null;
  budget: number;
  revealTotals: boolean;
  votingLocked: boolean;
  focus: { state: MapState; stepId: string | null };
  participants: { id: string; name: string; joinedAt: string; dotsUsed: number }[];
  contributions: {
    id: string;
    kind: ContributionKind;
    text: string;
    stepId: string | null;
    stepTitle: string | null;
    from: string;
    status: ContributionStatus;
    landedId: string | null;
    at: string;
  }[];
  /** Dots per pain point from everyone (the room's and the facilitator's). */
  totals: Record<string, number>;
}

export type ModerateInput =
  | { workshopId: string; contributionId: string; action: 'accept' | 'hide' }
  | { workshopId: string; contributionId: string; action: 'merge'; painPointId: string };

const focus = z.object({ state: z.enum(MAP_STATES), stepId: idSchema.nullable() }).strict();

export const participationChannels = {
  'participation:networks': channel<NetworkChoice[]>()(z.object({}).strict()),
  'participation:open': channel<RoomStatus>()(
    z
      .object({
        workshopId: idSchema,
        address: z.string().min(2).max(64),
        port: z.number().int().min(0).max(65535).optional(),
        minutes: z
          .number()
          .int()
          .min(5)
          .max(24 * 60),
        budget: z.number().int().min(1).max(20),
        focus: focus.optional(),
      })
      .strict(),
  ),
  'participation:close': channel<RoomStatus>()(z.object({ workshopId: idSchema }).strict()),
  'participation:status': channel<RoomStatus>()(z.object({ workshopId: idSchema }).strict()),
  'participation:settings': channel<RoomStatus>()(
    z
      .object({
        workshopId: idSchema,
        budget: z.number().int().min(1).max(20).optional(),
        revealTotals: z.boolean().optional(),
        votingLocked: z.boolean().optional(),
        focus: focus.optional(),
      })
      .strict(),
  ),
  'participation:moderate': channel<RoomStatus>()(
    z.discriminatedUnion('action', [
      z
        .object({ workshopId: idSchema, contributionId: idSchema, action: z.enum(['accept', 'hide']) })
        .strict(),
      z
        .object({
          workshopId: idSchema,
          contributionId: idSchema,
          action: z.literal('merge'),
          painPointId: idSchema,
        })
        .strict(),
    ]) as unknown as z.ZodType<ModerateInput>,
  ),
  'participation:remove': channel<RoomStatus>()(
    z.object({ workshopId: idSchema, participantId: idSchema }).strict(),
  ),
};
