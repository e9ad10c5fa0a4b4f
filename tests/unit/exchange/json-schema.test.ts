import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { triptychJsonSchema } from '../../../shared/exchange/triptych-json-schema.js';

describe('the committed JSON Schema', () => {
  it('is exactly what the zod schema generates (run scripts/write-json-schema.mjs after a format change)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../../../shared/exchange/triptych.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(triptychJsonSchema());
  });

  it('describes the envelope, strict objects and the step enums', () => {
    const schema = triptychJsonSchema() as {
      $id: string;
      required: string[];
      additionalProperties: boolean;
      $defs: { Step: { properties: { kind: { enum: string[] } }; additionalProperties: boolean } };
    };
    expect(schema.$id).toBe('https://triptych.app/schema/triptych-1.json');
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'workshop']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.$defs.Step.additionalProperties).toBe(false);
    expect(schema.$defs.Step.properties.kind.enum).toEqual([
      'task',
      'decision',
      'approval',
      'handoff',
      'wait',
      'rework',
    ]);
  });
});
