#!/usr/bin/env node
// The CLI runs the built core (out/main/cli.js); `npm run triptych` builds it first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('Triptych is not built yet: run `npm run build` (or use `npm run triptych -- <command>`).');
  process.exit(1);
}
await import(cli);
