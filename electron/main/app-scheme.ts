import type { Protocol } from 'electron';
import { APP_SCHEME, appProtocolResponse } from '../core/files/app-protocol.js';

/**
 * Must run before `ready`: gives `app://` a real origin (standard, secure) with fetch. Not
 * `corsEnabled`: that would let other origins read our files; same-origin module scripts need no CORS.
 */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After `ready`: every `app://` request is answered from the renderer folder and nowhere else. */
export function serveAppScheme(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererDir, request));
}
