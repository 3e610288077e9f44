import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, CONTENT_SECURITY_POLICY } from './app-protocol.ts';
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

const appUrl = APP_INDEX_URL;
const isApp = isAppPage;

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
  it("accepts the app's own page, app://duibiao/index.html, with any query or fragment", () => {
    expect(appUrl).toBe('app://duibiao/index.html');
    expect(isApp(appUrl)).toBe(true);
    expect(isApp(`${appUrl}#/compare`)).toBe(true);
    expect(isApp(`${appUrl}?view=2023`)).toBe(true);
    expect(isApp('APP://DUIBIAO/index.html')).toBe(true);
  });

  it('rejects other origins', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/index.html',
      'https://duibiao/index.html',
      'app://evil/index.html',
      'app://duibiao.evil/index.html',
      'app://duibiao:8080/index.html',
      'app://user@duibiao/index.html',
      'data:text/html,<h1>hi</h1>',
      'javascript:alert(1)',
      'about:blank',
      'chrome://gpu',
    ]) {
      expect(isApp(url), url).toBe(false);
    }
  });

  it('rejects every file: URL, including the renderer build itself', () => {
    for (const url of [
      'file:///etc/passwd',
      pathToFileURL('/opt/Duibiao/resources/app.asar/dist/renderer/index.html').href,
      'file:///C:/Program%20Files/Duibiao/resources/app.asar/dist/renderer/index.html',
      'file://duibiao/index.html',
    ]) {
      expect(isApp(url), url).toBe(false);
    }
  });

  it("rejects other paths of the app's origin", () => {
    for (const url of [
      'app://duibiao/',
      'app://duibiao/other.html',
      'app://duibiao/index.html.evil',
      'app://duibiao/assets/index.js',
      'app://duibiao/assets/../../index.htm',
    ]) {
      expect(isApp(url), url).toBe(false);
    }
  });

  it('rejects what is not a URL', () => {
    expect(isApp('')).toBe(false);
    expect(isApp('index.html')).toBe(false);
    expect(isApp('/index.html')).toBe(false);
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

  it("blocks file: URLs, and lets the app's page through", () => {
    const guard = navigationGuard(isApp);
    for (const url of ['file:///etc/hosts', 'file:///repo/dist/renderer/index.html']) {
      const outside = fakeEvent(url);
      guard(outside);
      expect(outside.prevented, url).toBe(true);
    }
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

  it('sets the policy the app:// protocol serves with, on every response', () => {
    expect(policyFor({})['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(policyFor(undefined)['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
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
