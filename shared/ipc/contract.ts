import type { z } from 'zod';
import { appChannels } from './app.channels.js';
import { compareChannels } from './compare.channels.js';
import { dialogChannels } from './dialog.channels.js';
import { libraryChannels } from './library.channels.js';
import { mapChannels } from './map.channels.js';
import { roomChannels } from './room.channels.js';
import { windowChannels } from './window.channels.js';
import type { ChannelDef } from './define.js';
import { exchangeChannels } from './exchange.channels.js';
import { firmChannels } from './firm.channels.js';
import { jobChannels } from './job.channels.js';
import { reportChannels } from './report.channels.js';
import { searchChannels } from './search.channels.js';
import { workshopChannels } from './workshop.channels.js';
import { participationChannels } from './participation.channels.js';

/**
 * The one IPC contract: channel name (`domain:verb`) → input schema and result type.
 * Main's handlers, the preload, the browser-mode bridge and the renderer facade derive from it.
 */
export const contract = {
  ...appChannels,
  ...workshopChannels,
  ...mapChannels,
  ...roomChannels,
  ...windowChannels,
  ...compareChannels,
  ...exchangeChannels,
  ...searchChannels,
  ...dialogChannels,
  ...libraryChannels,
  ...reportChannels,
  ...firmChannels,
  ...participationChannels,
  ...jobChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelResult<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer R> ? R : never;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
