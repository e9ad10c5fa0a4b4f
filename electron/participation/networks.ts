import { networkInterfaces } from 'node:os';
import type { NetworkChoice, NetworkKind } from '../../shared/ipc/participation.channels.js';

/** Addresses a laptop hands out when it shares its own hotspot (Linux NetworkManager, Windows, macOS). */
const HOTSPOT = [/^10\.42\.0\.1$/, /^192\.168\.137\.1$/, /^192\.168\.2\.1$/, /^172\.20\.10\.1$/];

function kindOf(address: string, internal: boolean): NetworkKind {
  if (internal) return 'loopback';
  return HOTSPOT.some((r) => r.test(address)) ? 'hotspot' : 'lan';
}

/** The IPv4 interfaces the room can be opened on, loopback first. */
export function listNetworks(): NetworkChoice[] {
  const list: NetworkChoice[] = [];
  for (const [name, addrs] of Object.entries(networkInterfaces()))
    for (const a of addrs ?? [])
      if (a.family === 'IPv4') list.push({ name, address: a.address, kind: kindOf(a.address, a.internal) });
  const order = { loopback: 0, hotspot: 1, lan: 2 };
  return list.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name));
}
