import type { ParseArgsConfig } from 'node:util';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/ipc/contract.js';
import { dispatch } from '../core/handlers/dispatch.js';
import type { HandlerContext } from '../core/handlers/types.js';

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
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
  json: boolean;
}

/** One CLI command: its usage line, the options it adds, and what it does. */
export interface Command {
  usage: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  run(ctx: HandlerContext, args: CommandArgs, io: CliIo): Promise<void>;
}

/** Calls a contract channel exactly as the app does; a failure becomes a CLI error. */
export async function call<C extends Channel>(
  ctx: HandlerContext,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelResult<C>> {
  const result = await dispatch(ctx, channel, input);
  if (!result.ok) {
    const flag = result.error.path ? ` (${result.error.path})` : '';
    throw new CliError(`${result.error.message}${flag}`, result.error.code === 'invalid_input' ? 2 : 1);
  }
  return result.value as ChannelResult<C>;
}

export function stringOption(args: CommandArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}
