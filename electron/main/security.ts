import { type App, type Session, shell } from 'electron';
import { pathToFileURL } from 'node:url';
import { RENDERER_INDEX } from './window.js';

/** The renderer is trusted only when it is our own page (or the dev server in development). */
export function isTrustedUrl(url: string | undefined): boolean {
  if (!url) return false;
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl && url.startsWith(devUrl)) return true;
  return url.split('#')[0]!.split('?')[0] === pathToFileURL(RENDERER_INDEX).href;
}

/** Denies new windows, navigation, webviews and every permission, for all web contents. */
export function installSecurityGuards(app: App, session: Session): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      // Links to the web open in the user's browser, never inside the app.
      if (url.startsWith('https:')) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
