import type { Channel } from '../../../shared/ipc/contract.js';

/**
 * Channels that only read the local database (or do not touch it): they go straight through while
 * a job writes, since WAL lets readers see the last commit. Every channel not named here or in
 * JOB_CHANNELS is taken for a write and waits for the write slot, so a new channel is safe by default.
 */
export const READ_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'app:status',
  'workshop:list',
  'workshop:get',
  'workshop:data',
  'workshop:export',
  'library:list',
  'library:review',
  'suggestion:list',
  'edit:state',
  'search:query',
  'csv:preview',
  'csv:export',
  'xlsx:preview',
  'xlsx:export',
  'bpmn:export',
  'report:options-get',
  'report:outline',
  'report:summary-get',
  'report:progress',
  'firm:status',
  'firm:search',
  'firm:open',
  'firm:review',
  'participation:networks',
  'participation:status',
  // The OS dialogs wait for the user, who may take minutes: they must never hold the slot.
  'dialog:open',
  'dialog:save',
  'window:presenter',
  'job:list',
  'job:cancel',
]);

/** Channels whose work runs as a job: the job's worker takes the slot for its own transaction. */
export const JOB_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'csv:import',
  'xlsx:import',
  'bpmn:preview',
  'bpmn:import',
  'workshop:import',
  'report:generate',
  'report:deck',
]);

/**
 * Channels that wait on the network (the firm library, seconds when it is unreachable): holding the
 * slot meanwhile would stall every edit, so they take it themselves around their local writes only.
 */
export const NETWORK_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'firm:sync',
  'firm:publish',
  'firm:use-template',
  'firm:download',
]);

/** True when a channel must wait for the write slot before it runs on main. */
export function takesWriteSlot(channel: Channel): boolean {
  return !READ_CHANNELS.has(channel) && !JOB_CHANNELS.has(channel) && !NETWORK_CHANNELS.has(channel);
}
