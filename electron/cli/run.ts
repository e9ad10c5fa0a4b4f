import { parseArgs } from 'node:util';
import { AppCore } from '../core/app-core.js';
import { resolveDataDir } from '../core/paths.js';
import { APP_VERSION } from '../core/version.js';
import { CliError, type CliIo, type CommandArgs } from './command.js';
import { COMMANDS } from './commands.js';

export function usage(): string {
  return [
    'Usage: triptych <command> [options] [--data-dir DIR]',
    '',
    'Commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
    '',
    'Data lives in the OS app-data folder unless --data-dir or TRIPTYCH_DATA_DIR says otherwise.',
  ].join('\n');
}

/** Runs one CLI command against the same core as the app; returns the exit code. */
export async function runCli(argv: string[], io: CliIo, errIo: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.assign({}, ...Object.values(COMMANDS).map((c) => c.options ?? {})),
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    errIo.out(`${err instanceof Error ? err.message : String(err)}\n\n${usage()}`);
    return 2;
  }
  const values = parsed.values as CommandArgs['values'];
  const [name, ...positionals] = parsed.positionals;
  if (values.version) {
    io.out(APP_VERSION);
    return 0;
  }
  if (values.help || !name) {
    io.out(usage());
    return name || values.help ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    errIo.out(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  const core = await AppCore.start({
    // Nothing to keep responsive: jobs run in this thread.
    jobs: 'inline',
    dataDir: resolveDataDir(typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined),
    version: APP_VERSION,
    role: 'the Triptych CLI',
  });
  try {
    const status = core.status();
    if (status.state === 'recovery')
      throw new CliError(`Cannot open the database: ${status.problem.message}`, 1);
    await command.run({ core }, { values, positionals, json: values.json === true }, io);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      errIo.out(err.message);
      return err.exitCode;
    }
    throw err;
  } finally {
    await core.close();
  }
}
