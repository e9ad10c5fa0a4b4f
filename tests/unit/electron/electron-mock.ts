import { vi } from 'vitest';

/** A stand-in for the `electron` module: records what the shell asks of it. */
export function electronMock() {
  const exposed: Record<string, unknown> = {};
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  return {
    exposed,
    handlers,
    appListeners,
    module: {
      contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => (exposed[key] = value)) },
      ipcRenderer: {
        invoke: vi.fn(async () => ({ ok: true, value: [] })),
        on: vi.fn(),
        removeListener: vi.fn(),
      },
      ipcMain: {
        handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn)),
      },
      app: { on: vi.fn((event: string, fn: (...args: unknown[]) => void) => appListeners.set(event, fn)) },
      shell: { openExternal: vi.fn(async () => undefined) },
      dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      BrowserWindow: vi.fn(),
    },
  };
}
