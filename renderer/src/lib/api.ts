import type { Channel, ChannelInput, ChannelResult } from '../../../shared/ipc/contract.js';
import type { IpcError } from '../../../shared/ipc/result.js';
import { humanMessage } from '../../../shared/ipc/messages.js';
import { transport } from './transport.js';

/** A failed call, carrying the contract's error code and, for invalid input, the field path. */
export class ApiError extends Error {
  readonly code: IpcError['code'];
  readonly path: string | undefined;
  constructor(error: IpcError, message = error.message) {
    super(message);
    this.code = error.code;
    this.path = error.path;
  }
}

/** The renderer's one door to the main side; components never touch `window.*`. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await transport.invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error, humanMessage(channel, input, result.error));
  return result.value as ChannelResult<C>;
}

export const onMenuCommand = transport.onMenuCommand;
export const transportKind = transport.kind;
