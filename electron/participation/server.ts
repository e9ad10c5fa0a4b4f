import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import {
  MAX_PARTICIPANT_BODY,
  PARTICIPANT_TOKEN_HEADER,
  type ParticipantPush,
  isParticipantRoute,
} from '../../shared/participation/contract.js';
import { serveStatic } from '../browser/static.js';
import { checkOrigin } from './guard.js';
import { readBody, refuse } from './http.js';
import { handleRoute, type RoomApi } from './routes.js';

export interface RoomServer {
  port: number;
  broadcast(push: ParticipantPush): void;
  /** Ends one participant's live connection (their token is already gone). */
  kick(participantId: string): void;
  close(): Promise<void>;
}

async function api(req: IncomingMessage, res: ServerResponse, route: string, room: RoomApi): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'forbidden', 'Use POST.');
  if (!isParticipantRoute(route)) return refuse(res, 404, 'unknown_channel', 'No such request.');
  const text = await readBody(req, MAX_PARTICIPANT_BODY);
  if (text === null) return refuse(res, 413, 'invalid_input', 'The request is too large.');
  let payload: unknown;
  try {
    payload = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    return refuse(res, 400, 'invalid_input', 'The request is not valid JSON.');
  }
  const token = req.headers[PARTICIPANT_TOKEN_HEADER];
  handleRoute(res, room, {
    route,
    payload,
    token: typeof token === 'string' ? token : undefined,
    from: req.socket.remoteAddress ?? '',
  });
}

/**
 * The room server: the participant page and `/p/api/*`, nothing of the facilitator's API. Listens
 * only on the address the facilitator chose, and only until `close()`.
 */
export function startRoomServer(opts: {
  address: string;
  port: number;
  staticDir: string;
  room: RoomApi;
  allowedHosts: (port: number) => string[];
}): Promise<RoomServer> {
  let hosts: string[] = [];
  const sockets = new Map<WebSocket, string>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  const server: Server = createServer((req, res) => {
    const refusal = checkOrigin(req, hosts);
    if (refusal) return refuse(res, 403, 'forbidden', refusal);
    const path = new URL(req.url ?? '/', 'http://room').pathname;
    if (path.startsWith('/p/api/'))
      return void api(req, res, path.slice('/p/api/'.length), opts.room).catch((err: unknown) => {
        console.error('[participation]', err);
        if (!res.headersSent) refuse(res, 500, 'internal', 'Server error.');
      });
    if (path !== '/' && !path.startsWith('/assets/')) return refuse(res, 404, 'not_found', 'Not here.');
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'forbidden', 'Not here.');
    void serveStatic(opts.staticDir, path, res);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (checkOrigin(req, hosts) || new URL(req.url ?? '/', 'http://room').pathname !== '/p/ws')
      return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      const timer = setTimeout(() => ws.close(4001, 'No token'), 5000);
      ws.once('message', (data) => {
        clearTimeout(timer);
        const who = opts.room.participant(String(data));
        if (!who) return ws.close(4003, 'Access ended');
        sockets.set(ws, who);
        ws.send(JSON.stringify({ type: 'changed', rev: opts.room.rev() } satisfies ParticipantPush));
      });
      ws.on('close', () => sockets.delete(ws));
      ws.on('error', () => sockets.delete(ws));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.address, () => {
      const port = (server.address() as AddressInfo).port;
      hosts = opts.allowedHosts(port);
      resolve({
        port,
        broadcast: (push) => {
          const text = JSON.stringify(push);
          for (const ws of sockets.keys()) if (ws.readyState === WebSocket.OPEN) ws.send(text);
        },
        kick: (participantId) => {
          for (const [ws, id] of sockets)
            if (id === participantId) {
              ws.send(JSON.stringify({ type: 'ended', reason: 'removed' } satisfies ParticipantPush));
              ws.close(4003, 'Removed');
            }
        },
        close: () =>
          new Promise<void>((done) => {
            for (const ws of sockets.keys()) {
              ws.send(JSON.stringify({ type: 'ended', reason: 'closed' } satisfies ParticipantPush));
              ws.terminate();
            }
            sockets.clear();
            wss.close();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
