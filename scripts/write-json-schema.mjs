// Writes shared/exchange/triptych.schema.json from the zod schema (run after changing the format).
// tests/unit/exchange/json-schema.test.ts fails while the committed file differs from this output.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { tsImport } from 'tsx/esm/api';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'shared/exchange/triptych.schema.json');
const { triptychJsonSchema } = await tsImport('../shared/exchange/triptych-json-schema.ts', import.meta.url);
const options = { ...(await resolveConfig(target)), filepath: target };
writeFileSync(target, await format(JSON.stringify(triptychJsonSchema(), null, 2), options));
console.log(`Written ${target}`);
