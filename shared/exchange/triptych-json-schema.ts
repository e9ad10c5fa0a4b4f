import { z } from 'zod';
import { triptychFileSchema } from './triptych-schema.js';

export const TRIPTYCH_SCHEMA_ID = 'https://triptych.app/schema/triptych-1.json';

/**
 * The `.triptych` format as JSON Schema (draft 2020-12), for other tools. Generated from the zod
 * schema; `shared/exchange/triptych.schema.json` is this output, and a test keeps them equal.
 */
export function triptychJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(triptychFileSchema, { target: 'draft-2020-12', io: 'input' });
  return { $schema, $id: TRIPTYCH_SCHEMA_ID, ...schema };
}
