import { AppCore } from '../../electron/core/app-core.js';
import { dispatch } from '../../electron/core/handlers/dispatch.js';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/ipc/contract.js';
import { tempDir } from './temp.js';

/** A real core on a real SQLite file in a throwaway data directory. */
export async function startCore(dataDir = tempDir()): Promise<AppCore> {
  return AppCore.start({ dataDir, version: '0.0.0-test' });
}

/** Calls a channel the way every transport does, and unwraps a success. */
export async function invoke<C extends Channel>(core: AppCore, channel: C, input: ChannelInput<C>) {
  const result = await dispatch({ core }, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as ChannelResult<C>;
}
