import { describe, expect, it, vi } from 'vitest';
import { devRendererUrl } from '../../../electron/main/dev-url.js';
import { externalAllowed, openExternalLink } from '../../../electron/main/external-links.js';

vi.mock('electron', () => ({ app: { isPackaged: false }, screen: { getAllDisplays: () => [] } }));
const { secureWebPreferences } = await import('../../../electron/main/window.js');

describe('Electron checklist', () => {
  it('ELECTRON_RENDERER_URL is honoured in packaged builds: no longer, and only loopback http in dev', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(devRendererUrl(true, env)).toBeNull();
    expect(devRendererUrl(false, env)).toBe('http://localhost:5173');
    expect(devRendererUrl(false, { ELECTRON_RENDERER_URL: 'https://evil.example' })).toBeNull();
    expect(devRendererUrl(false, { ELECTRON_RENDERER_URL: 'not a url' })).toBeNull();
    expect(devRendererUrl(false, {})).toBeNull();
  });

  it('any https link goes to shell.openExternal with no allowlist: no longer', async () => {
    expect(externalAllowed('https://evil.example/')).toBe(false);
    expect(externalAllowed('http://www.bpmn.org/')).toBe(false);
    expect(externalAllowed('https://user:pw@www.bpmn.org/')).toBe(false);
    expect(externalAllowed('https://www.bpmn.org:8443/')).toBe(false);
    expect(externalAllowed('https://www.bpmn.org/spec')).toBe(true);
    const open = vi.fn(async () => undefined);
    expect(await openExternalLink('https://www.bpmn.org/', { confirm: async () => false, open })).toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(await openExternalLink('https://www.bpmn.org/', { confirm: async () => true, open })).toBe(true);
    expect(open).toHaveBeenCalledWith('https://www.bpmn.org/');
  });

  it('spellcheck: true without a dictionary URL: now off', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({ spellcheck: false });
  });
});
