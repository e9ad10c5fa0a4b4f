import type { IncomingMessage } from 'node:http';

/** The one host name phones may use: the address the room was opened on (and `localhost` on loopback). */
export function allowedHosts(address: string, port: number): string[] {
  const host = address.includes(':') ? `[${address}]` : address;
  const hosts = [`${host}:${port}`];
  if (address === '127.0.0.1' || address === '::1') hosts.push(`localhost:${port}`);
  return hosts;
}

/** Host defeats DNS rebinding; Origin (sent by browsers on POST and WebSocket) must be our own page. */
export function checkOrigin(req: IncomingMessage, hosts: string[]): string | null {
  const host = req.headers.host;
  if (!host || !hosts.includes(host)) return 'Host not allowed.';
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return 'Origin not allowed.';
  return null;
}
