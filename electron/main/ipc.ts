import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract.js';
import { fail } from '../../shared/ipc/result.js';
import { dispatch } from '../core/handlers/dispatch.js';
import type { HandlerContext } from '../core/handlers/types.js';

/** One ipcMain handler per contract channel; each checks the sender before dispatching. */
export function registerIpc(
  ipcMain: IpcMain,
  ctx: HandlerContext,
  isTrusted: (url: string | undefined) => boolean,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrusted(event.senderFrame?.url)) return fail('forbidden', 'This window may not call Triptych.');
      return dispatch(ctx, channel, payload);
    });
  }
}
