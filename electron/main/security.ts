import { type App, type Session, app as electronApp, dialog, shell } from 'electron';
import { devRendererUrl } from './dev-url.js';
import { openExternalLink } from './external-links.js';
import { isAppPageUrl } from '../core/files/app-protocol.js';

/** The renderer is trusted only when it is our own page (or the dev server in development). */
export function isTrustedUrl(url: string | undefined): boolean {
  if (!url) return false;
  const devUrl = devRendererUrl(electronApp?.isPackaged ?? false);
  if (devUrl && url.startsWith(devUrl)) return true;
  return isAppPageUrl(url);
}

async function confirmLink(url: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  });
  return response === 0;
}

/** Denies new windows, navigation, webviews and every permission, for all web contents. */
export function installSecurityGuards(app: App, session: Session): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      // Allowlisted links open in the user's browser after they confirm, never inside the app.
      void openExternalLink(url, { confirm: confirmLink, open: (u) => shell.openExternal(u) });
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
