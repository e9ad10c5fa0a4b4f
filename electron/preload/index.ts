import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isChannel } from '../../shared/ipc/contract.js';
import type { TriptychBridge } from '../../shared/ipc/bridge.js';
import { MENU_EVENT, type MenuCommand, isMenuCommand } from '../../shared/ipc/menu.js';

/**
 * The only surface the renderer sees: `invoke` for contract channels (anything else throws)
 * and a menu-command subscription. `ipcRenderer` itself is never exposed.
 */
export const bridge: TriptychBridge = {
  invoke(channel: string, payload: unknown): Promise<unknown> {
    if (!isChannel(channel)) throw new Error(`Unknown channel: ${channel}`);
    return ipcRenderer.invoke(channel, payload);
  },
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const wrapped = (_e: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_EVENT, wrapped);
    return () => ipcRenderer.removeListener(MENU_EVENT, wrapped);
  },
};

contextBridge.exposeInMainWorld('triptych', bridge);
