/**
 * Security guards for the Electron shell, as plain functions over small structural types so they
 * can be unit-tested without Electron. main.ts wires them to the app, the session and every
 * WebContents.
 */
import { APP_INDEX_URL } from './app-protocol.ts';

/** The parts of an Electron navigation / attach event the guards use. */
export interface GuardEvent {
  preventDefault(): void;
  /** Electron ≥ 25 passes the target in the event's details; older signatures pass it second. */
  url?: string;
}

/** The parts of Electron's WebContents the guards touch. */
export interface GuardableContents {
  on(event: string, listener: (event: GuardEvent, url?: string) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Whether `url` is the app's own page, app://duibiao/index.html (any query or fragment). Nothing
 * else is: no other path of the app's origin, no file: URL, nothing unparsable.
 */
export function isAppPage(url: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(APP_INDEX_URL);
    return (
      target.protocol === app.protocol &&
      target.host.toLowerCase() === app.host &&
      target.username === '' &&
      target.password === '' &&
      target.pathname === app.pathname
    );
  } catch {
    return false;
  }
}

/** A `will-navigate` / `will-redirect` / `will-frame-navigate` listener that only lets the app's page through. */
export function navigationGuard(
  isAllowed: (url: string) => boolean,
  onBlocked: (url: string) => void = () => {},
): (event: GuardEvent, url?: string) => void {
  return (event, url) => {
    const target = event.url ?? url ?? '';
    if (isAllowed(target)) return;
    event.preventDefault();
    onBlocked(target);
  };
}

/** `setWindowOpenHandler`: the app never opens windows (links, window.open, middle-click). */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Applies every per-WebContents guard: navigation, redirects, frames, new windows and webviews. */
export function hardenContents(
  contents: GuardableContents,
  isAllowed: (url: string) => boolean,
  onBlocked: (url: string) => void = () => {},
): void {
  const guard = navigationGuard(isAllowed, onBlocked);
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => {
    onBlocked(details.url);
    return denyWindowOpen();
  });
}

/** `session.setPermissionRequestHandler`: no camera, microphone, notifications, geolocation, … */
export function denyPermissionRequest(
  _contents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** `session.setPermissionCheckHandler`: every synchronous permission check fails too. */
export function denyPermissionCheck(): boolean {
  return false;
}

export type ResponseHeaders = Record<string, string | string[]>;

/**
 * `session.webRequest.onHeadersReceived`: sets the app's Content-Security-Policy on every response
 * (replacing any the response carried). It is the policy the app:// protocol serves with
 * (app-protocol.ts CONTENT_SECURITY_POLICY; a test keeps the two equal), written as a literal
 * here because electronegativity evaluates the literal it finds in this call.
 */
export function applyContentSecurityPolicy(
  details: { responseHeaders?: ResponseHeaders },
  callback: (response: { responseHeaders: ResponseHeaders }) => void,
): void {
  const headers: ResponseHeaders = {};
  for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
  }
  callback({
    responseHeaders: {
      ...headers,
      'Content-Security-Policy': [
        "default-src 'none'; script-src app://duibiao; style-src app://duibiao 'unsafe-inline'; img-src app://duibiao data:; font-src app://duibiao data:; connect-src app://duibiao; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      ],
    },
  });
}
