import { type Page, test as base, expect } from '@playwright/test';
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/ipc/contract.js';

const BROWSER_MAIN = resolve(import.meta.dirname, '../../out/main/browser.js');

export interface RunningApp {
  url: string;
  /** Calls a contract channel over the same HTTP bridge the page uses; throws on an error answer. */
  api<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>>;
  dataDir: string;
  /** Stops the app process (like closing Triptych) and starts it again on the same data;
   * `whileStopped` runs in between (e.g. to damage the database file). */
  restart(whileStopped?: () => void): Promise<RunningApp>;
}

/**
 * Starts browser mode (the built app) on `dataDir` and waits for the address it prints;
 * `options` may run it as another user (see read-only.spec).
 */
export async function spawnBrowserMode(
  dataDir: string,
  options: Pick<SpawnOptions, 'uid' | 'gid'> = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BROWSER_MAIN, '--data-dir', dataDir, '--no-open', '--ready-json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  const url = await new Promise<string>((res, rej) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) res((JSON.parse(line) as { url: string }).url);
    });
    child.on('exit', (code) => rej(new Error(`browser mode exited (${code}): ${err || out}`)));
  });
  return { child, url };
}

/** Stops browser mode as closing Triptych would, and waits until it has exited. */
export async function stopBrowserMode(child: ChildProcess): Promise<void> {
  child.removeAllListeners('exit');
  await new Promise<void>((r) => {
    child.on('exit', () => r());
    child.kill('SIGTERM');
  });
}

/** Browser mode with a throwaway data directory, and the API the tests call beside the page. */
async function launch(dataDir: string, children: ChildProcess[]): Promise<RunningApp> {
  const { child, url } = await spawnBrowserMode(dataDir);
  children.push(child);
  const origin = new URL(url).origin;
  const token = url.split('#token=')[1]!;
  return {
    url,
    dataDir,
    api: async (channel, input) => {
      const res = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-triptych-token': token, origin },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
      return body.value as never;
    },
    restart: async (whileStopped) => {
      await stopBrowserMode(child);
      whileStopped?.();
      return launch(dataDir, children);
    },
  };
}

export const test = base.extend<{ app: RunningApp }>({
  /** Any console error or uncaught exception in the page fails the test that caused it. */
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      // A refused request without the session token is what home.spec checks; anything else fails.
      if (m.type() === 'error' && !m.text().includes('status of 401')) errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    await use(page);
    expect(errors, 'errors in the browser console').toEqual([]);
  },
  // Playwright requires an object pattern here even when no other fixture is used.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'triptych-e2e-'));
    const children: ChildProcess[] = [];
    await use(await launch(dataDir, children));
    for (const c of children) c.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/** Opens the app first (its address carries the session token), then a workshop's stage. */
export async function openStage(
  page: Page,
  app: RunningApp,
  workshopId: string,
  stage: string,
): Promise<void> {
  await page.goto(app.url);
  await page.goto(`${app.url.split('#')[0]}#/workshop/${workshopId}/${stage}`);
}

export { expect };
