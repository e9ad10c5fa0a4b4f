import { createHash } from 'node:crypto';
import { drawingVersion } from './drawing-version.js';

/**
 * Diagrams already drawn, by the hash of their SVG and resolution: a consultant regenerates the
 * report after each small edit, and most diagrams have not changed. Bounded by total bytes; the
 * least recently used go first.
 */
const LIMIT_BYTES = 64 * 1024 * 1024;
const cache = new Map<string, Buffer>();
let bytes = 0;

/** The picture's key: its SVG, resolution, and what draws it (the same everywhere, so also its file name on disk). */
export function cacheKey(svg: string, dpi: number): string {
  return createHash('sha1').update(`${drawingVersion()}\n${dpi}\n`).update(svg).digest('hex');
}

export function cachedPng(key: string): Buffer | undefined {
  const png = cache.get(key);
  if (png) {
    cache.delete(key);
    cache.set(key, png);
  }
  return png;
}

export function rememberPng(key: string, png: Buffer): void {
  if (png.length > LIMIT_BYTES || cache.has(key)) return;
  cache.set(key, png);
  bytes += png.length;
  for (const [oldest, old] of cache) {
    if (bytes <= LIMIT_BYTES) break;
    cache.delete(oldest);
    bytes -= old.length;
  }
}

/** Forgets every drawn diagram (the benchmark measures a first generation with it). */
export function clearPngCache(): void {
  cache.clear();
  bytes = 0;
}
