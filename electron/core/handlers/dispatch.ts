import type { z } from 'zod';
import { contract, isChannel } from '../../../shared/ipc/contract.js';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result.js';
import { READ_ONLY_MESSAGE, toAppError } from '../store/errors.js';
import { isReadOnlyError } from '../store/read-only.js';
import { takesWriteSlot } from '../jobs/gate-channels.js';
import { handlers } from './index.js';
import type { Handler, HandlerContext } from './types.js';

function describeIssue(issue: z.core.$ZodIssue): { path: string; message: string } {
  const path = issue.path.map(String).join('.');
  return { path, message: path ? `${path}: ${issue.message}` : issue.message };
}

/**
 * The single entry for every transport (Electron IPC, browser-mode HTTP, tests): the channel and
 * payload arrive as unknown, are checked against the contract, and every failure becomes an envelope.
 */
export async function dispatch(
  ctx: HandlerContext,
  channel: unknown,
  payload: unknown,
): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return fail('unknown_channel', `Unknown channel: ${String(channel).slice(0, 80)}`);
  const parsed = contract[channel].input.safeParse(payload);
  if (!parsed.success) {
    const { path, message } = describeIssue(parsed.error.issues[0]!);
    return fail('invalid_input', message, path);
  }
  try {
    const handler = handlers[channel] as Handler<typeof channel>;
    const run = () => handler(parsed.data as never, ctx);
    // A write waits (bounded) while a job's worker holds the write transaction; reads go through.
    const gate = ctx.core.jobs?.gate;
    return ok(await (gate && takesWriteSlot(channel) ? gate.run(run) : run()));
  } catch (err) {
    // A read-only library refuses every change in the same words, whatever tried to write.
    if (ctx.core.readOnly === true && isReadOnlyError(err)) return fail('db_readonly', READ_ONLY_MESSAGE);
    const appError = toAppError(err);
    if (appError.code === 'internal') console.error(`[${channel}]`, err);
    if (appError.code === 'db_busy') {
      // The lock lasted past the busy timeout: say who holds the folder, if we know.
      const others = typeof ctx.core.otherUsers === 'function' ? ctx.core.otherUsers() : null;
      if (others) return fail('db_busy', `${appError.message} It is open in: ${others}.`);
    }
    return fail(appError.code, appError.message, appError.path);
  }
}
