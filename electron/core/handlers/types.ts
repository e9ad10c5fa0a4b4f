import type { Channel, ChannelResult, ParsedInput } from '../../../shared/ipc/contract.js';
import type { AppCore } from '../app-core.js';

export interface HandlerContext {
  core: AppCore;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => ChannelResult<C> | Promise<ChannelResult<C>>;

export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };
