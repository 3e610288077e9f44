/**
 * Security guards for the Electron shell, as plain functions over small structural types so they
 * can be unit-tested without Electron. main.ts wires them to the app, the session and every
 * WebContents.
 */

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

function comparablePath(pathname: string): string {
  const decoded = decodeURIComponent(pathname);
  // Windows file URLs (file:///C:/…) are case-insensitive; Chromium may change the drive's case.
  return /^\/[A-Za-z]:\//.test(decoded) ? decoded.toLowerCase() : decoded;
}

/**
 * Whether `url` is the app's own page: same scheme, host and path as `appUrl` (the URL of
 * dist/renderer/index.html). Query and fragment may differ; anything unparsable is not the app.
 */
export function isAppPage(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return (
      target.protocol === app.protocol &&
      target.host === app.host &&
      target.username === '' &&
      target.password === '' &&
      comparablePath(target.pathname) === comparablePath(app.pathname)
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
 * (replacing any the response carried). The policy is the renderer's own meta CSP
 * (renderer/index.html; a test keeps the two equal). It is written as a literal here because
 * electronegativity evaluates the literal it finds in this call.
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
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
      ],
    },
  });
}
