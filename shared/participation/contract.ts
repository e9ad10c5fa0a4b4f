import { z } from 'zod';
import { CONTRIBUTION_KINDS, type ParticipantRoute } from './protocol.js';

export * from './protocol.js';

/**
 * The participation contract: what attendees' phones may ask of the room server, and nothing
 * else. Routes live under `/p/api/`; answers use the app's envelope (`{ ok, value | error }`).
 */

/** Biggest request body the room server reads; anything larger is refused unread. */
export const MAX_PARTICIPANT_BODY = 4096;

/** Join codes avoid look-alike characters (0/O, 1/I/L) so they can be read off a projector. */
export const JOIN_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** A client-generated action id: retries of one action carry the same id and count once. */
export const clientIdSchema = z
  .string({ error: 'must be text' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'must be 8–64 letters, digits, - or _' });

const id = z.uuid({ error: 'must be an id' });
const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, {
      error: `must be at most ${max} characters`,
    });

export const participantRoutes = {
  join: z
    .object({
      code: z.string({ error: 'must be text' }).trim().toUpperCase().max(16),
      name: z.string({ error: 'must be text' }).trim().max(60).optional(),
    })
    .strict(),
  state: z.object({}).strict(),
  contribute: z
    .object({
      clientId: clientIdSchema,
      kind: z.enum(CONTRIBUTION_KINDS),
      text: text(500),
      stepId: id.nullable(),
    })
    .strict(),
  vote: z
    .object({ clientId: clientIdSchema, painPointId: id, delta: z.union([z.literal(1), z.literal(-1)]) })
    .strict(),
} as const satisfies Record<ParticipantRoute, z.ZodType>;

export type ParticipantInput<R extends ParticipantRoute> = z.input<(typeof participantRoutes)[R]>;

export function isParticipantRoute(value: string): value is ParticipantRoute {
  return Object.hasOwn(participantRoutes, value);
}
