import { runCli } from './run.js';

runCli(process.argv.slice(2), { out: (t) => console.log(t) }, { out: (t) => console.error(t) }).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
