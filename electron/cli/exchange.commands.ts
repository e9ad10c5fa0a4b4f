import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAP_STATES, type MapState } from '../../shared/domain/types.js';
import type { CsvMappingTarget } from '../../shared/exchange/csv-columns.js';
import type { ExportResult, StepsImportResult } from '../../shared/ipc/exchange.channels.js';
import { type Command, type CommandArgs, type CliIo, CliError, call, stringOption } from './command.js';
import { issueFileHandle } from '../core/files/handles.js';
import { csvPreviewText, xlsxPreviewText } from './exchange-output.js';

function one(args: CommandArgs, what: string, command: string): string {
  const [value, ...rest] = args.positionals;
  if (!value || rest.length > 0) throw new CliError(`${command} needs one ${what}.`, 2);
  return value;
}

function stateOption(args: CommandArgs, required: boolean): MapState | undefined {
  const state = stringOption(args, 'state');
  if (state === undefined && !required) return undefined;
  if (!MAP_STATES.includes(state as MapState))
    throw new CliError(`--state must be one of ${MAP_STATES.join(', ')}.`, 2);
  return state as MapState;
}

function workshopOption(args: CommandArgs, command: string): string {
  const id = stringOption(args, 'workshop');
  if (!id) throw new CliError(`${command} needs --workshop <id>.`, 2);
  return id;
}

/**
 * The CLI names real paths: the user typed them, as they would pick them in a dialog, so the CLI
 * issues the handles itself. With -o the export is written there; without, the text goes to stdout.
 */
const output = (args: CommandArgs) => {
  const o = stringOption(args, 'output');
  return o === undefined ? {} : { file: issueFileHandle(resolve(o), 'write') };
};
const input = (path: string) => issueFileHandle(resolve(path), 'read');

function delivered(result: ExportResult, args: CommandArgs, io: CliIo): void {
  if (args.json) io.out(JSON.stringify({ ...result, content: undefined }, null, 2));
  else if (result.path) io.out(result.path);
  else io.out((result.content ?? '').replace(/^\uFEFF/, '').trimEnd());
}

function imported(result: StepsImportResult, args: CommandArgs, io: CliIo): void {
  if (args.json) return io.out(JSON.stringify(result, null, 2));
  const lanes = result.lanesCreated.length ? ` (new lanes: ${result.lanesCreated.join(', ')})` : '';
  io.out(`Imported ${result.imported} steps into ${result.states.join(', ') || 'no state'}${lanes}.`);
  for (const w of result.warnings) io.out(`Warning: ${w}`);
}

/** "--map 'Who=lane' --map 'Ticket=ignore'" as a header → field mapping. */
function mapping(args: CommandArgs): Record<string, CsvMappingTarget> | undefined {
  const raw = args.values.map;
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  return Object.fromEntries(
    raw.map((m) => {
      const at = String(m).lastIndexOf('=');
      if (at <= 0) throw new CliError(`--map takes "Header=field", not "${String(m)}".`, 2);
      return [String(m).slice(0, at), String(m).slice(at + 1) as CsvMappingTarget];
    }),
  );
}

const tableOptions = {
  workshop: { type: 'string' },
  state: { type: 'string' },
  map: { type: 'string', multiple: true },
  preview: { type: 'boolean', default: false },
  'leave-bad-cells-empty': { type: 'boolean', default: false },
} as const;

export const exchangeCommands: Record<string, Command> = {
  export: {
    usage:
      'export <workshop-id> [-o file.triptych]        the whole workshop as one file (stdout without -o)',
    options: { output: { type: 'string', short: 'o' } },
    run: async (ctx, args, io) => {
      const workshopId = one(args, 'workshop id', 'export');
      delivered(await call(ctx, 'workshop:export', { workshopId, ...output(args) }), args, io);
    },
  },
  import: {
    usage: 'import <file.triptych> [--replace] [--json]    import a workshop as new (prints its id)',
    options: { replace: { type: 'boolean', default: false } },
    run: async (ctx, args, io) => {
      const file = input(one(args, 'file', 'import'));
      const mode = args.values.replace === true ? 'replace' : 'new';
      const result = await call(ctx, 'workshop:import', { file, mode });
      io.out(args.json ? JSON.stringify(result, null, 2) : result.workshopId);
    },
  },
  'import-csv': {
    usage:
      'import-csv <file.csv> --workshop <id> [--state current|future|actual] [--map "Header=field"]... [--preview] [--leave-bad-cells-empty]',
    options: tableOptions,
    run: async (ctx, args, io) => {
      const source = {
        workshopId: workshopOption(args, 'import-csv'),
        file: input(one(args, 'file', 'import-csv')),
        state: stateOption(args, false),
        mapping: mapping(args),
        leaveBadCellsEmpty: args.values['leave-bad-cells-empty'] === true,
      };
      if (args.values.preview !== true) return imported(await call(ctx, 'csv:import', source), args, io);
      const preview = await call(ctx, 'csv:preview', source);
      io.out(args.json ? JSON.stringify(preview, null, 2) : csvPreviewText(preview));
    },
  },
  'import-xlsx': {
    usage:
      'import-xlsx <file.xlsx> --workshop <id> [--sheet <name>] [--state <state>] [--map "Header=field"]... [--preview] [--leave-bad-cells-empty]',
    options: { ...tableOptions, sheet: { type: 'string' } },
    run: async (ctx, args, io) => {
      const file = resolve(one(args, 'file', 'import-xlsx'));
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (err) {
        throw new CliError(`Cannot read ${file}: ${(err as Error).message}`, 1);
      }
      const input = {
        workshopId: workshopOption(args, 'import-xlsx'),
        base64: bytes.toString('base64'),
        sheet: stringOption(args, 'sheet'),
        state: stateOption(args, false),
        mapping: mapping(args),
        leaveBadCellsEmpty: args.values['leave-bad-cells-empty'] === true,
      };
      if (args.values.preview !== true) return imported(await call(ctx, 'xlsx:import', input), args, io);
      const preview = await call(ctx, 'xlsx:preview', input);
      io.out(args.json ? JSON.stringify(preview, null, 2) : xlsxPreviewText(preview));
    },
  },
  'export-xlsx': {
    usage: 'export-xlsx <workshop-id> --state <state> -o file.xlsx   steps, actions and findings as Excel',
    options: { output: { type: 'string', short: 'o' } },
    run: async (ctx, args, io) => {
      const workshopId = one(args, 'workshop id', 'export-xlsx');
      const state = stateOption(args, true)!;
      if (stringOption(args, 'output') === undefined)
        throw new CliError('export-xlsx needs -o file.xlsx.', 2);
      delivered(await call(ctx, 'xlsx:export', { workshopId, state, ...output(args) }), args, io);
    },
  },
  'export-csv': {
    usage: "export-csv <workshop-id> --state <state> [-o file.csv]   one state's steps as CSV",
    run: async (ctx, args, io) => {
      const workshopId = one(args, 'workshop id', 'export-csv');
      const state = stateOption(args, true)!;
      delivered(await call(ctx, 'csv:export', { workshopId, state, ...output(args) }), args, io);
    },
  },
  'export-bpmn': {
    usage: 'export-bpmn <workshop-id> --state <state> [-o file.bpmn]  one state as BPMN 2.0 with diagram',
    run: async (ctx, args, io) => {
      const workshopId = one(args, 'workshop id', 'export-bpmn');
      const state = stateOption(args, true)!;
      delivered(await call(ctx, 'bpmn:export', { workshopId, state, ...output(args) }), args, io);
    },
  },
  'import-bpmn': {
    usage:
      "import-bpmn <file.bpmn> --workshop <id> --state <state> [--process <id|name> | --all-pools]   append a BPMN pool's steps",
    options: {
      workshop: { type: 'string' },
      state: { type: 'string' },
      process: { type: 'string' },
      'all-pools': { type: 'boolean', default: false },
    },
    run: async (ctx, args, io) => {
      const source = {
        workshopId: workshopOption(args, 'import-bpmn'),
        state: stateOption(args, true)!,
        file: input(one(args, 'file', 'import-bpmn')),
        process: stringOption(args, 'process'),
        allPools: args.values['all-pools'] === true,
      };
      imported(await call(ctx, 'bpmn:import', source), args, io);
    },
  },
};
