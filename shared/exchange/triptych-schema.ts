import { z } from 'zod';
import {
  ACTION_STATUSES,
  AUTOMATION,
  ENVIRONMENTS,
  FINDING_CATEGORIES,
  LANE_KINDS,
  LINK_SOURCES,
  ROOT_CAUSES,
  SEVERITIES,
  STEP_KINDS,
  VALUE_CLASSES,
  WORKSHOP_STATUSES,
  type MapState,
} from '../domain/types.js';
import { FINDING_SOURCE_TYPES } from '../domain/room.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import { checkReferences } from './triptych-refs.js';

/** The `.triptych` file: a versioned envelope around one workshop's complete data. */

export const TRIPTYCH_FORMAT = 'triptych';
export const TRIPTYCH_VERSION = 1;

const id = z.uuid({ error: 'must be an id' }).meta({ id: 'Id' });
const text = (max: number) => z.string().max(max, { error: `must be at most ${max} characters` });
const named = (max: number) => text(max).min(1, { error: 'must not be empty' });
const position = z.int().min(0);
const minutes = z.number().min(0).max(10_000_000).nullable();
const date = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }).nullable();
const timestamp = z.iso
  .datetime({ offset: true, error: 'must be a date and time (ISO 8601)' })
  .meta({ id: 'Timestamp' });

const SHORT = 1_000;
const LONG = 100_000;

const lane = z
  .strictObject({
    id,
    mapId: id,
    name: text(SHORT),
    kind: z.enum(LANE_KINDS),
    position,
  })
  .meta({ id: 'Lane' });

const step = z
  .strictObject({
    id,
    mapId: id,
    laneId: id.nullable(),
    position,
    title: text(SHORT),
    description: text(LONG),
    kind: z.enum(STEP_KINDS),
    tools: z.array(text(SHORT)).max(200),
    environment: z.enum(ENVIRONMENTS).nullable(),
    processMinutes: minutes,
    waitMinutes: minutes,
    pctCompleteAccurate: z.number().min(0).max(100).nullable(),
    automation: z.enum(AUTOMATION).nullable(),
    valueClass: z.enum(VALUE_CLASSES).nullable(),
    notes: text(LONG),
    originStepId: id.nullable(),
  })
  .meta({ id: 'Step' });

const suggestionMark = z
  .strictObject({
    // As `suggestion:reject` takes it: what the library holds always exports and imports again.
    key: named(300),
    decision: z.enum(['accepted', 'rejected']),
    findingId: id.nullable(),
  })
  .meta({ id: 'SuggestionMark' });

const processMap = (state: MapState) =>
  z.strictObject({ id, state: z.literal(state), lanes: z.array(lane), steps: z.array(step) });

export const workshopDataSchema = z
  .strictObject({
    workshop: z.strictObject({
      id,
      engagementId: id,
      title: named(SHORT),
      date,
      location: text(SHORT),
      facilitator: text(SHORT),
      objectives: text(LONG),
      // Files written before archiving had its own column say 'archived': read as completed.
      status: z
        .enum([...WORKSHOP_STATUSES, 'archived'])
        .transform((s) => (s === 'archived' ? 'completed' : s)),
      hoursPerDay: z.number().gt(0).max(24),
      tags: z.array(named(40)).max(30).optional(),
      createdAt: timestamp,
      updatedAt: timestamp,
    }),
    engagement: z.strictObject({ id, client: named(SHORT), name: text(SHORT) }),
    attendees: z.array(
      z.strictObject({
        id,
        workshopId: id,
        name: text(SHORT),
        role: text(SHORT),
        organisation: text(SHORT),
        position,
      }),
    ),
    agenda: z.array(z.strictObject({ id, title: text(SHORT), minutes: z.number().gt(0), position })),
    process: z.strictObject({ id, name: text(SHORT), startTrigger: text(LONG), endOutcome: text(LONG) }),
    maps: z.strictObject({
      current: processMap('current'),
      future: processMap('future'),
      actual: processMap('actual'),
    }),
    painPoints: z.array(z.strictObject({ id, stepId: id, text: text(LONG), position })),
    links: z.array(z.strictObject({ id, fromStepId: id, toStepId: id, source: z.enum(LINK_SOURCES) })),
    findings: z.array(
      z.strictObject({
        id,
        title: text(SHORT),
        detail: text(LONG),
        category: z.enum(FINDING_CATEGORIES),
        rootCause: z.enum(ROOT_CAUSES),
        severity: z.enum(SEVERITIES),
        evidence: text(LONG),
        suggested: z.boolean(),
        stepIds: z.array(id),
        sources: z.array(z.strictObject({ type: z.enum(FINDING_SOURCE_TYPES), id })).optional(),
        position,
        createdAt: timestamp,
      }),
    ),
    recommendations: z.array(z.strictObject({ id, findingId: id.nullable(), text: text(LONG), position })),
    actions: z.array(
      z.strictObject({
        id,
        findingId: id.nullable(),
        recommendationId: id.nullable(),
        title: text(SHORT),
        owner: text(SHORT),
        dueDate: date,
        priority: z.enum(SEVERITIES),
        status: z.enum(ACTION_STATUSES),
        position,
      }),
    ),
    parkingLot: z.array(
      z.strictObject({ id, stepId: id.nullable(), text: text(LONG), resolved: z.boolean(), position }),
    ),
    decisions: z.array(z.strictObject({ id, text: text(LONG), decidedBy: text(SHORT), position })),
    evidence: z.array(
      z.strictObject({
        id,
        stepId: id.nullable(),
        text: text(LONG),
        speaker: text(SHORT),
        mode: z.enum(['observed', 'reported']),
        position,
      }),
    ),
    votes: z.array(
      z.strictObject({
        id,
        targetType: z.enum(['pain_point', 'finding', 'parking_lot']),
        targetId: id,
        participant: text(SHORT),
        dots: z.int().min(1).max(1000),
      }),
    ),
    // Added within version 1: a file without it (written before) reads as no decisions.
    suggestionMarks: z.array(suggestionMark).max(100_000).optional(),
  })
  .superRefine(checkReferences);

export const triptychFileSchema = z
  .strictObject({
    format: z.literal(TRIPTYCH_FORMAT),
    version: z.literal(TRIPTYCH_VERSION),
    exportedAt: timestamp,
    workshop: workshopDataSchema,
  })
  .meta({
    title: 'Triptych workshop file',
    description:
      'One workshop: its process mapped in the current, future and actual states, and what the room produced. ' +
      'References between rows (lanes, steps, findings) are checked by Triptych beyond this schema.',
  });

export type TriptychFile = z.infer<typeof triptychFileSchema>;

// The schema and the domain type must describe the same data, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<z.infer<typeof workshopDataSchema>, WorkshopData> = true;
void _sameShape;
