/**
 * The `app://duibiao/` protocol the window loads the renderer from (Electron's security checklist:
 * a privileged custom protocol instead of file://). It serves the built renderer folder and nothing
 * else. Request → file resolution and the response headers are pure functions, tested without
 * Electron; main.ts registers the scheme and hands requests to serveAppRequest.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, posix, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'duibiao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The app's one page; the window loads it, and only it may navigate, frame or call the core. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * `protocol.registerSchemesAsPrivileged` privileges: a standard (http-like: origin, relative URLs)
 * and secure scheme, with fetch and CORS, which Vite's `<script type="module" crossorigin>` needs.
 * Nothing more: no service workers, no bypassing the CSP.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
} as const;

/**
 * The Content-Security-Policy of everything app:// serves. It names the app's origin rather than
 * 'self', so csp-evaluator has no caveat to report; it is at least as strict as the renderer's own
 * meta CSP (renderer/index.html, where 'self' is this origin). guards.ts sets the same policy, as a
 * literal electronegativity can read, on every response (a test keeps the two equal).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src app://duibiao; style-src app://duibiao 'unsafe-inline'; img-src app://duibiao data:; font-src app://duibiao data:; connect-src app://duibiao; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file, by extension; unknown ones are opaque bytes (never sniffed). */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers of every app:// response. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

/** The parts of a protocol request (a fetch Request in Electron) that are read. */
export interface AppRequest {
  url: string;
  method: string;
}

export type AppTarget =
  | { found: true; file: string; contentType: string }
  | { found: false; status: 404 | 405; reason: string };

const refused = (status: 404 | 405, reason: string): AppTarget => ({
  found: false,
  status,
  reason,
});

/**
 * Which file of `rendererDir` an app:// request asks for. Only GET and HEAD on host `duibiao`;
 * the path is percent-decoded, then normalised, and must stay inside the folder: `..`, encoded
 * slashes or backslashes, NUL bytes and absolute or drive paths cannot leave it. Whether the file
 * exists is serveAppRequest's business.
 */
export function resolveAppRequest(request: AppRequest, rendererDir: string): AppTarget {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refused(405, `method ${request.method} not allowed`);
  }
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refused(404, 'not a URL');
  }
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.host.toLowerCase() !== APP_HOST ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return refused(404, `not on ${APP_ORIGIN}`);
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return refused(404, 'malformed percent-encoding');
  }
  if (path.includes('\0') || path.includes('\\')) return refused(404, 'forbidden character');
  // Normalised relative to the folder, a path that climbs out keeps a leading `..`.
  const segments = posix
    .normalize(`.${path}`)
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return refused(404, 'outside the renderer folder');
  if (segments.length === 0) return refused(404, 'no such file');

  const root = resolve(rendererDir);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return refused(404, 'outside the renderer folder');
  }
  return { found: true, file, contentType: contentTypeFor(file) };
}

function refusal(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: appResponseHeaders('text/plain; charset=utf-8'),
  });
}

/**
 * The `protocol.handle('app', …)` handler: the file resolveAppRequest names, with its type and
 * the CSP, or a 404 (405 for other methods). `onRefused` hears why a request was refused.
 */
export async function serveAppRequest(
  request: AppRequest,
  rendererDir: string,
  onRefused: (url: string, reason: string) => void = () => {},
): Promise<Response> {
  const target = resolveAppRequest(request, rendererDir);
  if (!target.found) {
    onRefused(request.url, target.reason);
    return refusal(target.status);
  }
  let body: Uint8Array<ArrayBuffer>;
  try {
    if (!(await stat(target.file)).isFile()) throw new Error('not a file');
    body = new Uint8Array(await readFile(target.file));
  } catch {
    onRefused(request.url, 'no such file');
    return refusal(404);
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: appResponseHeaders(target.contentType),
  });
}
