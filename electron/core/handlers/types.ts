import type { Channel, ChannelResult, ParsedInput } from '../../../shared/ipc/contract.js';
import type { Slide } from '../../../shared/domain/slides.js';
import type { OpenKind, SaveKind } from '../../../shared/ipc/dialog.channels.js';
import type { AppCore } from '../app-core.js';

/** What only a desktop shell can do; browser mode and the CLI have none. */
export interface ShellHooks {
  openPresenter(workshopId: string, state: Slide): void;
  /** The OS save dialog; resolves to the chosen path, or null when cancelled. */
  chooseSavePath?(defaultName: string, kind: SaveKind): Promise<string | null>;
  /** The OS open dialog; resolves to the chosen path, or null when cancelled. */
  chooseOpenPath?(kind: OpenKind): Promise<string | null>;
}

export interface HandlerContext {
  core: AppCore;
  shell?: ShellHooks;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => ChannelResult<C> | Promise<ChannelResult<C>>;

export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };
