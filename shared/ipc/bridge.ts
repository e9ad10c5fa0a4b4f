import type { MenuCommand } from './menu.js';

/** What the preload exposes as `window.triptych` in Electron. */
export interface TriptychBridge {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
