import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain .mjs script run by electron-builder, without types.
import afterPack, { FUSES, electronBinary } from '../../../scripts/after-pack.mjs';
import { FuseV1Options } from '@electron/fuses';

describe('no fuses are flipped at packaging: the afterPack hook flips them', () => {
  it('is wired into electron-builder', () => {
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(/^afterPack: scripts\/after-pack\.mjs$/m);
  });

  it('turns RunAsNode, NODE_OPTIONS and inspect off, and loads only an integrity-checked asar', async () => {
    const f = FUSES as Record<number, boolean>;
    expect(f[FuseV1Options.RunAsNode]).toBe(false);
    expect(f[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(f[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(f[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(f[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    const flip = vi.fn(async () => undefined);
    const context = {
      appOutDir: '/out/linux-unpacked',
      electronPlatformName: 'linux',
      arch: 1,
      packager: { appInfo: { productFilename: 'Triptych' }, executableName: 'triptych' },
    };
    await (afterPack as (c: unknown, f: unknown) => Promise<void>)(context, flip);
    expect(flip).toHaveBeenCalledWith('/out/linux-unpacked/triptych', expect.objectContaining(FUSES));
    expect((electronBinary as (c: unknown) => string)({ ...context, electronPlatformName: 'win32' })).toBe(
      '/out/linux-unpacked/Triptych.exe',
    );
  });
});
