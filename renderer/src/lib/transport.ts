import type { TriptychBridge } from '../../../shared/ipc/bridge.js';
import type { MenuCommand } from '../../../shared/ipc/menu.js';
import type { IpcResult } from '../../../shared/ipc/result.js';

declare global {
  interface Window {
    triptych?: TriptychBridge;
  }
}

export interface Transport {
  readonly kind: 'electron' | 'browser';
  invoke(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

const TOKEN_KEY = 'triptych.token';

/** Browser mode: the token arrives in the URL fragment once, then lives in this tab's session. */
function sessionToken(): string {
  const match = /(?:^|[#&])token=([\w-]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function browserTransport(): Transport {
  const token = sessionToken();
  return {
    kind: 'browser',
    async invoke(channel, payload) {
      let res: Response;
      try {
        res = await fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-triptych-token': token },
          body: JSON.stringify(payload),
        });
      } catch {
        return {
          ok: false,
          error: {
            code: 'db_unavailable',
            message: 'Triptych is not running: restart it (npm start) and reload.',
          },
        };
      }
      return (await res.json()) as IpcResult<unknown>;
    },
    onMenuCommand: () => () => undefined,
  };
}

function electronTransport(bridge: TriptychBridge): Transport {
  return {
    kind: 'electron',
    invoke: (channel, payload) => bridge.invoke(channel, payload) as Promise<IpcResult<unknown>>,
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}

export const transport: Transport = window.triptych ? electronTransport(window.triptych) : browserTransport();
