/**
 * The dev server's URL, only in an unpackaged run and only on loopback: a packaged app never
 * loads its UI from wherever ELECTRON_RENDERER_URL points.
 */
export function devRendererUrl(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string | null {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !raw) return null;
  try {
    const url = new URL(raw);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return url.protocol === 'http:' && loopback ? raw : null;
  } catch {
    return null;
  }
}
