import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../testing/temp-dir.ts';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  appResponseHeaders,
  contentTypeFor,
  resolveAppRequest,
  serveAppRequest,
} from './app-protocol.ts';

const root = join(sep, 'opt', 'Duibiao', 'resources', 'app.asar', 'dist', 'renderer');
const get = (url: string) => resolveAppRequest({ url, method: 'GET' }, root);
const tempDir = useTempDir();

describe('the app:// scheme', () => {
  it('is app://duibiao, loading index.html', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_ORIGIN).toBe('app://duibiao');
    expect(APP_INDEX_URL).toBe('app://duibiao/index.html');
  });

  it('is privileged as a standard, secure, fetch- and CORS-capable scheme, and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: true,
    });
  });
});

describe('resolveAppRequest', () => {
  it('maps app://duibiao/<path> to the file under the renderer folder, with its type', () => {
    expect(get('app://duibiao/index.html')).toEqual({
      found: true,
      file: join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(get('app://duibiao/assets/index-C6vUn0Tm.js')).toEqual({
      found: true,
      file: join(root, 'assets', 'index-C6vUn0Tm.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it('ignores query and fragment, decodes percent-encoded names, and accepts HEAD', () => {
    expect(get('app://duibiao/index.html?v=2#/compare')).toMatchObject({
      file: join(root, 'index.html'),
    });
    expect(get('app://duibiao/assets/%E5%AF%B9%E6%A0%87%20icon.svg')).toEqual({
      found: true,
      file: join(root, 'assets', '对标 icon.svg'),
      contentType: 'image/svg+xml',
    });
    expect(resolveAppRequest({ url: APP_INDEX_URL, method: 'HEAD' }, root).found).toBe(true);
  });

  it('resolves dot segments that stay inside the folder', () => {
    expect(get('app://duibiao/assets/../index.html')).toMatchObject({
      file: join(root, 'index.html'),
    });
    expect(get('app://duibiao/./assets//./index.css')).toMatchObject({
      file: join(root, 'assets', 'index.css'),
    });
  });

  it('clamps dot segments the URL parser removes at the folder', () => {
    expect(get('app://duibiao/../../../../etc/passwd')).toMatchObject({
      file: join(root, 'etc', 'passwd'),
    });
    expect(get('app://duibiao/%2e%2e/%2E%2E/package.json')).toMatchObject({
      file: join(root, 'package.json'),
    });
  });

  it('refuses paths that would leave the folder once decoded', () => {
    for (const url of [
      'app://duibiao/..%2f..%2f..%2fpackage.json',
      'app://duibiao/assets/..%2F..%2F..%2Fpackage.json',
      'app://duibiao/assets/..%5c..%5c..%5cpackage.json',
      'app://duibiao/..\\..\\package.json',
      'app://duibiao/index.html%00.png',
    ]) {
      const target = get(url);
      expect(target.found, url).toBe(false);
      if (target.found) continue;
      expect(target.status, url).toBe(404);
    }
  });

  it('never names a file outside the folder, whatever the path (property)', () => {
    const segment = fc.constantFrom(
      '..',
      '.',
      '',
      '%2e%2e',
      '%2E%2E',
      '.%2e',
      '%2f',
      '%2F',
      '%5c',
      '..%2f',
      '..%5c',
      '%00',
      'C:',
      'c%3A',
      'assets',
      'index.html',
      '对标',
      '%E5%AF%B9',
      '%',
      '~',
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const target = get(`app://duibiao/${segments.join('/')}`);
        if (!target.found) return;
        const inside = relative(root, target.file);
        expect(inside).not.toBe('');
        expect(inside === '..' || inside.startsWith(`..${sep}`)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses other hosts, schemes, credentials, ports, the bare origin and bad encoding', () => {
    for (const url of [
      'app://evil/index.html',
      'app://duibiao.evil/index.html',
      'app://duibiao:8080/index.html',
      'app://user:pw@duibiao/index.html',
      'https://duibiao/index.html',
      'file:///opt/Duibiao/resources/app.asar/dist/renderer/index.html',
      'app://duibiao/',
      'app://duibiao',
      'app://duibiao/%E0%A4%A',
      'not a url',
    ]) {
      expect(get(url), url).toMatchObject({ found: false, status: 404 });
    }
  });

  it('allows GET and HEAD only', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect(resolveAppRequest({ url: APP_INDEX_URL, method }, root)).toMatchObject({
        found: false,
        status: 405,
      });
    }
  });
});

describe('contentTypeFor and appResponseHeaders', () => {
  it('types what Vite emits, and serves anything else as opaque bytes', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/x.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a/x.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('a/x.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a/x.png')).toBe('image/png');
    expect(contentTypeFor('a/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/x.wasm')).toBe('application/wasm');
    expect(contentTypeFor('a/x.sqlite')).toBe('application/octet-stream');
    expect(contentTypeFor('a/Makefile')).toBe('application/octet-stream');
  });

  it('carry the type, the CSP and nosniff', () => {
    expect(appResponseHeaders('text/css; charset=utf-8')).toEqual({
      'Content-Type': 'text/css; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

describe('serveAppRequest', () => {
  function renderer() {
    const app = tempDir();
    const dir = join(app, 'dist', 'renderer');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>对标</title>');
    writeFileSync(join(dir, 'assets', 'index.js'), 'export const x = 1;\n');
    writeFileSync(join(app, 'package.json'), '{"secret": "outside the renderer"}');
    return dir;
  }
  const request = (url: string, method = 'GET') => ({ url, method });

  it('serves the page and its assets with their type and the CSP', async () => {
    const dir = renderer();
    const page = await serveAppRequest(request(APP_INDEX_URL), dir);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe('<!doctype html><title>对标</title>');

    const script = await serveAppRequest(request('app://duibiao/assets/index.js'), dir);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export const x = 1;\n');
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await serveAppRequest(request(APP_INDEX_URL, 'HEAD'), renderer());
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await head.text()).toBe('');
  });

  it('answers 404, with the CSP and the reason reported, for missing files, folders and escapes', async () => {
    const dir = renderer();
    const refused = vi.fn();
    for (const url of [
      'app://duibiao/assets/missing.js',
      'app://duibiao/assets',
      'app://duibiao/assets/',
      'app://duibiao/..%2F..%2Fpackage.json',
      'app://duibiao/%2e%2e/%2e%2e/package.json',
    ]) {
      const response = await serveAppRequest(request(url), dir, refused);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toBe('Not found');
    }
    expect(refused).toHaveBeenCalledTimes(5);
    expect(refused).toHaveBeenCalledWith('app://duibiao/assets/missing.js', 'no such file');
    expect(refused).toHaveBeenCalledWith(
      'app://duibiao/..%2F..%2Fpackage.json',
      'outside the renderer folder',
    );
  });

  it('answers 405 to other methods', async () => {
    const response = await serveAppRequest(request(APP_INDEX_URL, 'POST'), renderer());
    expect(response.status).toBe(405);
  });
});

/** A policy as directive → sources (lower-cased names, sources as written). */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** The sources a directive allows, falling back to default-src for fetch directives; 'none' → []. */
function effectiveSources(policy: string, name: string): string[] {
  const map = directives(policy);
  const fetchDirective = name.endsWith('-src');
  const sources = map.get(name) ?? (fetchDirective ? map.get('default-src') : undefined) ?? ['*'];
  return sources.filter((s) => s !== "'none'");
}

describe('CONTENT_SECURITY_POLICY', () => {
  const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

  it('names the origin instead of self, and allows no inline or eval script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'self'");
    const script = effectiveSources(CONTENT_SECURITY_POLICY, 'script-src');
    expect(script).toEqual([APP_ORIGIN]);
    expect(directives(CONTENT_SECURITY_POLICY).get('default-src')).toEqual(["'none'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(directives(CONTENT_SECURITY_POLICY).get(name), name).toEqual(["'none'"]);
    }
  });

  it("is at least as strict as the renderer's meta CSP (where 'self' is app://duibiao)", () => {
    expect(meta).toContain('script-src');
    const asOrigin = (sources: string[]) => sources.map((s) => (s === "'self'" ? APP_ORIGIN : s));
    for (const name of ['script-src', 'connect-src', 'object-src', 'base-uri']) {
      const allowedByMeta = asOrigin(effectiveSources(meta, name));
      const allowedByHeader = asOrigin(effectiveSources(CONTENT_SECURITY_POLICY, name));
      for (const source of allowedByHeader) {
        expect(allowedByMeta, `${name} ${source}`).toContain(source);
      }
    }
  });

  it('gives csp-evaluator (what electronegativity runs) nothing to report', () => {
    // csp-evaluator comes with electronegativity; it is not a dependency of its own.
    const fromElectronegativity = createRequire(
      join(
        dirname(createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json')),
        'x.js',
      ),
    );
    const csp = fromElectronegativity('@doyensec/csp-evaluator') as {
      CspParser: new (policy: string) => { csp: unknown };
      CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): unknown[] };
      Version: { CSP3: unknown };
    };
    const findings = new csp.CspEvaluator(
      new csp.CspParser(CONTENT_SECURITY_POLICY).csp,
      csp.Version.CSP3,
    ).evaluate();
    expect(findings).toEqual([]);
    // The meta policy, by contrast, draws the 'self' caveat the header avoids.
    const metaFindings = new csp.CspEvaluator(
      new csp.CspParser(meta).csp,
      csp.Version.CSP3,
    ).evaluate();
    expect(metaFindings.length).toBeGreaterThan(0);
  });
});
