import { z } from 'zod';
import { LANE_KINDS, MAP_STATES, WORKSHOP_STATUSES } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import { channel } from './define.js';
import { idSchema, isoDate, optionalText, requiredText } from './schemas.js';
import { stepPatch } from './step-fields.js';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/** What every edit answers: the ids it made (if any) and the undo state after it. */
export interface EditResult {
  id: string | null;
  undo: UndoState;
}

const workshopPatch = z
  .object({
    title: requiredText(200),
    client: requiredText(200),
    date: isoDate.nullable(),
    location: optionalText(200),
    facilitator: optionalText(200),
    objectives: optionalText(5000),
    hoursPerDay: z.number().gt(0, { error: 'must be more than 0' }).max(24, { error: 'must be at most 24' }),
    status: z.enum(WORKSHOP_STATUSES),
    tags: z.array(requiredText(40)).max(30, { error: 'must be at most 30 tags' }),
  })
  .partial()
  .strict();

const processPatch = z
  .object({ name: requiredText(200), startTrigger: optionalText(500), endOutcome: optionalText(500) })
  .partial()
  .strict();

const edit = channel<EditResult>();
const state = z.enum(MAP_STATES);

export const mapChannels = {
  'workshop:data': channel<WorkshopData>()(z.object({ id: idSchema }).strict()),
  'workshop:update': edit(z.object({ id: idSchema, patch: workshopPatch }).strict()),
  'process:update': edit(z.object({ workshopId: idSchema, patch: processPatch }).strict()),
  'step:create': edit(
    z.object({ mapId: idSchema, afterStepId: idSchema.nullable(), fields: stepPatch.optional() }).strict(),
  ),
  'step:update': edit(z.object({ stepId: idSchema, patch: stepPatch }).strict()),
  'step:delete': edit(z.object({ stepId: idSchema }).strict()),
  'step:move': edit(z.object({ stepId: idSchema, delta: z.number().int().min(-1000).max(1000) }).strict()),
  'step:duplicate': edit(z.object({ stepId: idSchema }).strict()),
  /** A step dragged on the board: to another lane (null: none) and by `delta` places, as one edit. */
  'step:place': edit(
    z
      .object({
        stepId: idSchema,
        laneId: idSchema.nullable(),
        delta: z.number().int().min(-100000).max(100000),
      })
      .strict(),
  ),
  'lane:create': edit(
    z.object({ mapId: idSchema, name: requiredText(120), kind: z.enum(LANE_KINDS).optional() }).strict(),
  ),
  'lane:update': edit(
    z
      .object({ laneId: idSchema, name: requiredText(120).optional(), kind: z.enum(LANE_KINDS).optional() })
      .strict(),
  ),
  'lane:move': edit(z.object({ laneId: idSchema, delta: z.number().int().min(-100).max(100) }).strict()),
  'lane:delete': edit(z.object({ laneId: idSchema, moveStepsTo: idSchema.nullable() }).strict()),
  'map:start-from': edit(
    z
      .object({ workshopId: idSchema, source: state, target: state, replace: z.boolean().optional() })
      .strict()
      .refine((v) => v.source !== v.target, { error: 'must differ from the source', path: ['target'] }),
  ),
  'link:create': edit(z.object({ fromStepId: idSchema, toStepId: idSchema }).strict()),
  'link:delete': edit(z.object({ linkId: idSchema }).strict()),
  'edit:undo': channel<{ label: string | null; undo: UndoState }>()(
    z.object({ workshopId: idSchema }).strict(),
  ),
  'edit:redo': channel<{ label: string | null; undo: UndoState }>()(
    z.object({ workshopId: idSchema }).strict(),
  ),
  'edit:state': channel<UndoState>()(z.object({ workshopId: idSchema }).strict()),
};
