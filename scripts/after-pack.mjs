// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, so the shipped
// app cannot be turned into a plain Node (RunAsNode, NODE_OPTIONS, --inspect) and loads only its
// own, integrity-checked app.asar.
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
};

/** The Electron binary inside the packed app, per platform. */
export function electronBinary(context) {
  const name = context.packager.appInfo.productFilename;
  const platform = context.electronPlatformName;
  if (platform === 'darwin' || platform === 'mas') return join(context.appOutDir, `${name}.app`);
  if (platform === 'win32') return join(context.appOutDir, `${name}.exe`);
  return join(context.appOutDir, context.packager.executableName ?? name);
}

export default async function afterPack(context, flip = flipFuses) {
  await flip(electronBinary(context), {
    ...FUSES,
    // macOS arm64 binaries must be re-signed after their fuses change.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
  });
}
