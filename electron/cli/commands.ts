import type { Channel, ChannelInput, ChannelResult } from '../../shared/ipc/contract.js';
import { dispatch } from '../core/handlers/dispatch.js';
import type { HandlerContext } from '../core/handlers/types.js';
import { workshopTable } from './output.js';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export interface CliIo {
  out(text: string): void;
}

export interface CommandArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  json: boolean;
}

async function call<C extends Channel>(
  ctx: HandlerContext,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelResult<C>> {
  const result = await dispatch(ctx, channel, input);
  if (!result.ok) {
    const flag = result.error.path ? ` (--${result.error.path})` : '';
    throw new CliError(`${result.error.message}${flag}`, result.error.code === 'invalid_input' ? 2 : 1);
  }
  return result.value as ChannelResult<C>;
}

type Command = (ctx: HandlerContext, args: CommandArgs, io: CliIo) => Promise<void>;

export const COMMANDS: Record<string, { usage: string; run: Command }> = {
  list: {
    usage: 'list [--all] [--json]            list workshops, newest first',
    run: async (ctx, args, io) => {
      const rows = await call(ctx, 'workshop:list', { includeArchived: args.values.all === true });
      io.out(args.json ? JSON.stringify(rows, null, 2) : workshopTable(rows));
    },
  },
  new: {
    usage:
      'new --client <name> --title <title> [--date YYYY-MM-DD] [--json]   create a workshop, print its id',
    run: async (ctx, args, io) => {
      const str = (k: string) =>
        typeof args.values[k] === 'string' ? (args.values[k] as string) : undefined;
      if (str('client') === undefined || str('title') === undefined)
        throw new CliError('new needs --client <name> and --title <title>.', 2);
      const created = await call(ctx, 'workshop:create', {
        client: str('client')!,
        title: str('title')!,
        ...(str('date') ? { date: str('date')! } : {}),
      });
      io.out(args.json ? JSON.stringify(created, null, 2) : created.workshop.id);
    },
  },
};
