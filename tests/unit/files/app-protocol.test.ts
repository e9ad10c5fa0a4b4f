import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  appPageUrl,
  appProtocolResponse,
  isAppPageUrl,
} from '../../../electron/core/files/app-protocol.js';
import { resolveRendererFile } from '../../../electron/core/files/renderer-files.js';
import { tempDir } from '../../helpers/temp.js';

/** A real renderer folder beside a secret it must never serve. */
function rendererFolder() {
  const base = tempDir();
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Triptych</title>');
  writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'main.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'w');
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  writeFileSync(join(root, 'notes.xyz'), 'x');
  writeFileSync(join(base, 'secret.txt'), 'client data');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'escape.js'));
  symlinkSync(base, join(root, 'up'));
  symlinkSync(join(root, 'assets', 'main.js'), join(root, 'assets', 'inside.js'));
  return { base, root };
}

const get = (root: string, url: string, method = 'GET') => appProtocolResponse(root, { url, method });

describe('app:// instead of file://', () => {
  it('the app loads over file://: now its page is app://triptych/index.html, hash routes kept', () => {
    expect(appPageUrl()).toBe('app://triptych/index.html');
    expect(appPageUrl('/workshop/1/setup')).toBe('app://triptych/index.html#/workshop/1/setup');
    expect(isAppPageUrl(APP_INDEX_URL + '#/library')).toBe(true);
    expect(isAppPageUrl('app://triptych/index.html?x=1')).toBe(false);
    expect(isAppPageUrl('app://other/index.html')).toBe(false);
    expect(isAppPageUrl('file:///work/out/renderer/index.html')).toBe(false);
  });

  it('serves the renderer files with their MIME type, nosniff and a strict CSP', async () => {
    const { root } = rendererFolder();
    const cases: [string, string][] = [
      ['app://triptych/index.html', 'text/html; charset=utf-8'],
      ['app://triptych/', 'text/html; charset=utf-8'],
      ['app://triptych/assets/main.js', 'text/javascript; charset=utf-8'],
      ['app://triptych/assets/main.css', 'text/css; charset=utf-8'],
      ['app://triptych/assets/font.woff2', 'font/woff2'],
      ['app://triptych/favicon.svg', 'image/svg+xml'],
      ['app://triptych/notes.xyz', 'application/octet-stream'],
      ['app://triptych/assets/inside.js', 'text/javascript; charset=utf-8'],
    ];
    for (const [url, type] of cases) {
      const res = await get(root, url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type'), url).toBe(type);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
    }
    expect(await (await get(root, 'app://triptych/assets/main.js')).text()).toBe('console.log(1)');
    const head = await get(root, 'app://triptych/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('never serves a file outside the renderer folder: traversal, encoded traversal, symlinks, NUL', async () => {
    const { root } = rendererFolder();
    const refused = [
      'app://triptych/../secret.txt',
      'app://triptych/%2e%2e/secret.txt',
      'app://triptych/%2e%2e%2fsecret.txt',
      'app://triptych/assets/..%2f..%2fsecret.txt',
      'app://triptych/..%5csecret.txt',
      'app://triptych/assets/escape.js',
      'app://triptych/up/secret.txt',
      'app://triptych/index.html%00.js',
      'app://triptych/%',
      'app://triptych/%E0%A4%A',
      'app://triptych/assets',
      'app://triptych/missing.js',
      'app://triptych//etc/passwd',
      'app://triptych/%2fetc%2fpasswd',
      'app://evil/index.html',
      'app://triptych.evil/index.html',
      'file:///etc/passwd',
      'not a url',
    ];
    for (const url of refused) {
      const res = await get(root, url);
      expect([400, 404], url).toContain(res.status);
      expect(await res.text(), url).not.toContain('client data');
    }
  });

  it('answers only reads', async () => {
    const { root } = rendererFolder();
    for (const method of ['POST', 'PUT', 'DELETE'])
      expect((await get(root, 'app://triptych/index.html', method)).status).toBe(405);
  });

  it('resolves to the real file, and to nothing outside the real root even through a symlinked root', async () => {
    const { base, root } = rendererFolder();
    const linkedRoot = join(base, 'linked-renderer');
    symlinkSync(root, linkedRoot);
    expect(await resolveRendererFile(linkedRoot, '/assets/main.js')).toBe(join(root, 'assets', 'main.js'));
    expect(await resolveRendererFile(linkedRoot, '/assets/escape.js')).toBeNull();
    expect(await resolveRendererFile(root, '/../renderer/index.html')).toBe(join(root, 'index.html'));
  });
});
