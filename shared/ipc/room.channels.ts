import { z } from 'zod';
import { ACTION_STATUSES, FINDING_CATEGORIES, ROOT_CAUSES, SEVERITIES } from '../domain/types.js';
import { EVIDENCE_MAX, PAIN_POINT_MAX } from '../domain/limits.js';
import { FINDING_SOURCE_TYPES } from '../domain/room.js';
import { channel } from './define.js';
import type { EditResult } from './map.channels.js';
import { idSchema, isoDate, optionalText, requiredText } from './schemas.js';

/** Fields of each kind of room item; `add` needs the required ones, `update` takes any subset. */
export const ROOM_FIELDS = {
  pain_point: z.object({ stepId: idSchema, text: requiredText(PAIN_POINT_MAX) }),
  parking_lot: z.object({
    text: requiredText(5000),
    stepId: idSchema.nullable().optional(),
    resolved: z.boolean().optional(),
  }),
  decision: z.object({ text: requiredText(5000), decidedBy: optionalText(200).optional() }),
  evidence: z.object({
    text: requiredText(EVIDENCE_MAX),
    speaker: optionalText(200).optional(),
    mode: z.enum(['observed', 'reported']).optional(),
    stepId: idSchema.nullable().optional(),
  }),
  attendee: z.object({
    name: requiredText(200),
    role: optionalText(200).optional(),
    organisation: optionalText(200).optional(),
  }),
  agenda: z.object({
    title: requiredText(200),
    minutes: z
      .number()
      .gt(0)
      .max(24 * 60),
  }),
  vote: z.object({
    targetType: z.enum(['pain_point', 'finding', 'parking_lot']),
    targetId: idSchema,
    participant: optionalText(200).optional(),
    dots: z.number().int().min(1).max(99),
  }),
  finding: z.object({
    title: requiredText(300),
    detail: optionalText(5000).optional(),
    category: z.enum(FINDING_CATEGORIES),
    rootCause: z.enum(ROOT_CAUSES).optional(),
    severity: z.enum(SEVERITIES).optional(),
    evidence: optionalText(5000).optional(),
    suggested: z.boolean().optional(),
    stepIds: z.array(idSchema).max(200).optional(),
    /** Quotes and pain points of this workshop that support it (checked in the handler). */
    sources: z
      .array(z.object({ type: z.enum(FINDING_SOURCE_TYPES), id: idSchema }).strict())
      .max(200)
      .optional(),
  }),
  recommendation: z.object({ text: requiredText(2000), findingId: idSchema.nullable().optional() }),
  action: z.object({
    title: requiredText(300),
    owner: optionalText(200).optional(),
    dueDate: isoDate.nullable().optional(),
    priority: z.enum(SEVERITIES).optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    findingId: idSchema.nullable().optional(),
    recommendationId: idSchema.nullable().optional(),
  }),
} as const;

export type RoomKind = keyof typeof ROOM_FIELDS;
const KINDS = Object.keys(ROOM_FIELDS) as [RoomKind, ...RoomKind[]];

const addItem = z.discriminatedUnion(
  'kind',
  KINDS.map((kind) => ROOM_FIELDS[kind].extend({ kind: z.literal(kind) }).strict()) as never,
);
const updateItem = z.discriminatedUnion(
  'kind',
  KINDS.map((kind) =>
    z.object({ kind: z.literal(kind), id: idSchema, patch: ROOM_FIELDS[kind].partial().strict() }).strict(),
  ) as never,
);

export type RoomAdd = { [K in RoomKind]: z.infer<(typeof ROOM_FIELDS)[K]> & { kind: K } }[RoomKind];
export type RoomUpdate = {
  [K in RoomKind]: { kind: K; id: string; patch: Partial<z.infer<(typeof ROOM_FIELDS)[K]>> };
}[RoomKind];

export const roomChannels = {
  'room:add': channel<EditResult>()(
    z.object({ workshopId: idSchema, item: addItem as z.ZodType<RoomAdd> }).strict(),
  ),
  'room:update': channel<EditResult>()(
    z.object({ workshopId: idSchema, item: updateItem as z.ZodType<RoomUpdate> }).strict(),
  ),
  'room:delete': channel<EditResult>()(
    z.object({ workshopId: idSchema, kind: z.enum(KINDS), id: idSchema }).strict(),
  ),
  'room:reorder': channel<EditResult>()(
    z
      .object({
        workshopId: idSchema,
        kind: z.enum(KINDS),
        id: idSchema,
        delta: z.number().int().min(-1000).max(1000),
      })
      .strict(),
  ),
  /** Quick entry: "Name, Role, Organisation", one per line (or pasted from a spreadsheet). */
  'attendee:add-lines': channel<EditResult & { added: number }>()(
    z.object({ workshopId: idSchema, text: z.string().max(100_000) }).strict(),
  ),
};
