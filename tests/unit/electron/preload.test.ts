import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TriptychBridge } from '../../../shared/ipc/bridge.js';
import { electronMock } from './electron-mock.js';

const mock = electronMock();
vi.mock('electron', () => mock.module);

describe('preload', () => {
  let bridge: TriptychBridge;
  beforeEach(async () => {
    await import('../../../electron/preload/index.js');
    bridge = mock.exposed.triptych as TriptychBridge;
    mock.module.ipcRenderer.invoke.mockClear();
  });

  it('exposes only invoke and the menu subscription, never ipcRenderer', () => {
    expect(mock.module.contextBridge.exposeInMainWorld).toHaveBeenCalledWith('triptych', expect.any(Object));
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenuCommand']);
    expect(Object.values(bridge)).not.toContain(mock.module.ipcRenderer);
  });

  it('refuses an unknown channel without sending anything', () => {
    expect(() => bridge.invoke('shell:exec', {})).toThrow(/Unknown channel/);
    expect(() => bridge.invoke('__proto__', {})).toThrow(/Unknown channel/);
    expect(mock.module.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('forwards a contract channel to main', async () => {
    await bridge.invoke('workshop:list', {});
    expect(mock.module.ipcRenderer.invoke).toHaveBeenCalledWith('workshop:list', {});
  });

  it('passes on only known menu commands', () => {
    const seen: string[] = [];
    bridge.onMenuCommand((c) => seen.push(c));
    const listener = mock.module.ipcRenderer.on.mock.calls[0]![1] as (e: unknown, c: unknown) => void;
    listener({}, 'new-workshop');
    listener({}, 'rm -rf');
    expect(seen).toEqual(['new-workshop']);
  });
});
