import { z } from 'zod';
import { AUTOMATION, ENVIRONMENTS, STEP_KINDS, VALUE_CLASSES } from '../domain/types.js';
import { STEP_DESCRIPTION_MAX, STEP_NOTES_MAX, STEP_TITLE_MAX } from '../domain/limits.js';
import { idSchema, optionalText, requiredText } from './schemas.js';

const minutes = z
  .number({ error: 'must be a number of minutes' })
  .min(0, { error: 'must not be negative' })
  .max(60 * 24 * 366, { error: 'must be under a year' })
  .nullable();

/** Fields of a step the editor may change; every one optional, unknown ones refused. */
export const stepPatch = z
  .object({
    title: optionalText(STEP_TITLE_MAX),
    description: optionalText(STEP_DESCRIPTION_MAX),
    kind: z.enum(STEP_KINDS),
    laneId: idSchema.nullable(),
    /** A lane chosen by typing its name; a new name creates the lane. */
    laneName: requiredText(120),
    tools: z.array(requiredText(120)).max(40),
    environment: z.enum(ENVIRONMENTS).nullable(),
    processMinutes: minutes,
    waitMinutes: minutes,
    pctCompleteAccurate: z
      .number()
      .min(0, { error: 'must be 0–100' })
      .max(100, { error: 'must be 0–100' })
      .nullable(),
    automation: z.enum(AUTOMATION).nullable(),
    valueClass: z.enum(VALUE_CLASSES).nullable(),
    notes: optionalText(STEP_NOTES_MAX),
    /** The step of an earlier state this one comes from (null unlinks it). */
    originStepId: idSchema.nullable(),
  })
  .partial()
  .strict();
export type StepPatch = z.infer<typeof stepPatch>;
