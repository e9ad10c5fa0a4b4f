import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

// The first lint builds the type-aware program for the whole repo: seconds on a quiet machine, more on CI.
describe('process boundaries are enforced by lint', { timeout: 120_000 }, () => {
  it('keeps electron, node:* and svelte out of shared/', async () => {
    expect(
      await rulesBroken(`import { app } from 'electron';\nexport const a = app;\n`, 'shared/x.ts'),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(
        `import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n`,
        'shared/x.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(`import { mount } from 'svelte';\nexport const m = mount;\n`, 'shared/x.ts'),
    ).toContain('no-restricted-imports');
  });

  it('keeps the renderer away from main-side code', async () => {
    const code = `import { AppCore } from '../../electron/core/app-core.js';\nexport const c = AppCore;\n`;
    expect(await rulesBroken(code, 'renderer/src/x.ts')).toContain('import-x/no-restricted-paths');
  });

  it('lets shared/ stay pure and clean', async () => {
    expect(await rulesBroken(`export const pure = (a: number) => a + 1;\n`, 'shared/x.ts')).toEqual([]);
  });
});
