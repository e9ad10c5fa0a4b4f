import type { MenuCommand } from '../../../shared/ipc/menu.js';

/** App commands from the native menu or shortcuts, for whichever screen handles them. */
const EVENT = 'triptych:command';

export function sendCommand(command: MenuCommand): void {
  window.dispatchEvent(new CustomEvent<MenuCommand>(EVENT, { detail: command }));
}

export function onCommand(handler: (command: MenuCommand) => void): () => void {
  const listener = (e: Event) => handler((e as CustomEvent<MenuCommand>).detail);
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
