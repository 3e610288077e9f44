import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  applyContentSecurityPolicy,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  hardenContents,
  isAppPage,
  navigationGuard,
  type GuardEvent,
} from './guards.ts';

const appIndex = '/opt/Duibiao/resources/app.asar/dist/renderer/index.html';
const appUrl = pathToFileURL(appIndex).href;
const isApp = (url: string) => isAppPage(url, appUrl);

function fakeEvent(url?: string): GuardEvent & { prevented: boolean } {
  const event = {
    prevented: false,
    url,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

describe('isAppPage', () => {
  it("accepts the app's own page, with any query or fragment", () => {
    expect(isApp(appUrl)).toBe(true);
    expect(isApp(`${appUrl}#/compare`)).toBe(true);
    expect(isApp(`${appUrl}?view=2023`)).toBe(true);
  });

  it('accepts the same page percent-encoded differently', () => {
    const spaced = pathToFileURL('/home/李 四/Duibiao/dist/renderer/index.html').href;
    const raw = 'file:///home/李 四/Duibiao/dist/renderer/index.html';
    expect(isAppPage(raw, spaced)).toBe(true);
  });

  it('rejects other origins', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/index.html',
      'https://evil.example/opt/Duibiao/resources/app.asar/dist/renderer/index.html',
      'data:text/html,<h1>hi</h1>',
      'javascript:alert(1)',
      'about:blank',
      'chrome://gpu',
    ]) {
      expect(isApp(url), url).toBe(false);
    }
  });

  it('rejects file: paths outside the app page', () => {
    for (const url of [
      'file:///etc/passwd',
      pathToFileURL('/opt/Duibiao/resources/app.asar/dist/renderer/other.html').href,
      pathToFileURL('/opt/Duibiao/resources/app.asar/dist/renderer/index.html.evil').href,
      'file:///opt/Duibiao/resources/app.asar/dist/renderer/../../../../../etc/passwd',
      'file://server/opt/Duibiao/resources/app.asar/dist/renderer/index.html',
    ]) {
      expect(isApp(url), url).toBe(false);
    }
  });

  it('rejects what is not a URL', () => {
    expect(isApp('')).toBe(false);
    expect(isApp('index.html')).toBe(false);
    expect(isApp('file:///%E0%A4%A')).toBe(false);
  });

  it('treats Windows drive paths case-insensitively', () => {
    const win = 'file:///C:/Program%20Files/Duibiao/resources/app.asar/dist/renderer/index.html';
    expect(
      isAppPage(
        'file:///c:/Program Files/Duibiao/resources/app.asar/dist/renderer/index.html',
        win,
      ),
    ).toBe(true);
  });
});

describe('navigationGuard', () => {
  it('blocks navigation to another origin and reports it', () => {
    const blocked = vi.fn();
    const guard = navigationGuard(isApp, blocked);
    const event = fakeEvent('https://example.com/');
    guard(event);
    expect(event.prevented).toBe(true);
    expect(blocked).toHaveBeenCalledWith('https://example.com/');
  });

  it("blocks a file: URL outside the app, and lets the app's page through", () => {
    const guard = navigationGuard(isApp);
    const outside = fakeEvent('file:///etc/hosts');
    guard(outside);
    expect(outside.prevented).toBe(true);
    const own = fakeEvent(`${appUrl}#/documents`);
    guard(own);
    expect(own.prevented).toBe(false);
  });

  it('reads the URL from the legacy second argument when the event has none', () => {
    const guard = navigationGuard(isApp);
    const event = fakeEvent();
    guard(event, 'https://example.com/');
    expect(event.prevented).toBe(true);
  });

  it('blocks when no URL is given at all', () => {
    const event = fakeEvent();
    navigationGuard(isApp)(event);
    expect(event.prevented).toBe(true);
  });
});

describe('hardenContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: GuardEvent, url?: string) => void>();
    let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
    return {
      listeners,
      open: (url: string) => openHandler?.({ url }),
      on(name: string, listener: (event: GuardEvent, url?: string) => void) {
        listeners.set(name, listener);
      },
      setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
        openHandler = handler;
      },
    };
  }

  it('guards navigation, redirects and frame navigation with the app-page check', () => {
    const contents = fakeContents();
    hardenContents(contents, isApp);
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const listener = contents.listeners.get(name);
      expect(listener, name).toBeDefined();
      const away = fakeEvent('https://example.com/');
      listener?.(away);
      expect(away.prevented, name).toBe(true);
      const home = fakeEvent(appUrl);
      listener?.(home);
      expect(home.prevented, name).toBe(false);
    }
  });

  it('denies every webview attachment', () => {
    const contents = fakeContents();
    hardenContents(contents, isApp);
    const event = fakeEvent();
    contents.listeners.get('will-attach-webview')?.(event);
    expect(event.prevented).toBe(true);
  });

  it('denies every new window, whatever its URL', () => {
    const contents = fakeContents();
    const blocked = vi.fn();
    hardenContents(contents, isApp, blocked);
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open(appUrl)).toEqual({ action: 'deny' });
    expect(blocked).toHaveBeenCalledWith('https://example.com/');
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });
});

describe('permission handlers', () => {
  it('deny every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('applyContentSecurityPolicy', () => {
  function policyFor(responseHeaders?: Record<string, string | string[]>) {
    const callback = vi.fn();
    applyContentSecurityPolicy({ responseHeaders }, callback);
    expect(callback).toHaveBeenCalledOnce();
    return callback.mock.calls[0]?.[0].responseHeaders as Record<string, string | string[]>;
  }

  it("sets the renderer's own meta CSP on every response", () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(policyFor({})['Content-Security-Policy']).toEqual([meta]);
  });

  it('is strict: self only, no inline or eval scripts, no objects, no base or form targets', () => {
    const [policy] = policyFor({})['Content-Security-Policy'] as string[];
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'none'");
  });

  it('keeps other headers and replaces a CSP the response carried, whatever its case', () => {
    const headers = policyFor({
      'content-security-policy': ["default-src *; script-src 'unsafe-inline'"],
      'Content-Type': ['text/html'],
    });
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(Object.keys(headers).filter((k) => /content-security-policy/i.test(k))).toEqual([
      'Content-Security-Policy',
    ]);
  });
});
