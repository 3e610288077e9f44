/**
 * The bundled main process (dist/electron/main.cjs as esbuild makes it), run under Node against a
 * stand-in `electron` module: proves the bundle loads (better-sqlite3 external, import.meta
 * rewritten), opens the real core on a fresh database and indexes the seeds through the bundled
 * worker (dist/electron/index-worker.mjs), serves the renderer over its app:// protocol, wires the
 * guards, and answers contract calls over its IPC handler — all without the Electron binary. What only a real
 * Electron can show (the page itself) is e2e/electron.spec.ts's job.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { extract } from '../../shared/extract/index.ts';
import { openCore } from '../service/open-core.ts';
import { appFiles } from './app-paths.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'duibiao-main-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Records what main.cjs asks of Electron; `__state` is read back by the driver. */
const FAKE_ELECTRON = String.raw`
const { EventEmitter } = require('node:events');
const path = require('node:path');
const appEvents = new EventEmitter();
const state = { paths: {}, handlers: new Map(), windows: [], loaded: [], errors: [], lock: 0,
  sandbox: false, exitCode: null, permission: null, permissionCheck: null, headers: null,
  privileged: null, protocols: new Map() };
let ready = false;
const app = {
  isPackaged: false,
  setPath(name, p) { state.paths[name] = p; },
  getPath(name) {
    if (name === 'appData') return path.join(process.env.FAKE_HOME, 'appData');
    if (state.paths[name]) return state.paths[name];
    throw new Error('unexpected getPath ' + name);
  },
  requestSingleInstanceLock() { state.lock++; return true; },
  enableSandbox() { state.sandbox = true; },
  quit() { state.quit = true; },
  exit(code) { state.exitCode = code; },
  isReady: () => ready,
  on(event, listener) { appEvents.on(event, listener); return app; },
  whenReady: () => new Promise((r) => setImmediate(() => { ready = true; r(); })),
};
class WebContents extends EventEmitter {
  constructor(id) { super(); this.id = id; this.sent = []; this.openHandler = null; }
  isDestroyed() { return false; }
  send(channel, event) { this.sent.push([channel, event]); }
  setWindowOpenHandler(handler) { this.openHandler = handler; }
}
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents(41 + state.windows.length);
    state.windows.push(this);
    appEvents.emit('web-contents-created', {}, this.webContents);
  }
  loadFile(file) { state.loaded.push('loadFile ' + file); return Promise.resolve(); }
  loadURL(url) { state.loaded.push(url); return Promise.resolve(); }
  isDestroyed() { return false; }
  isMinimized() { return false; }
  show() { this.shown = true; }
  focus() {}
  restore() {}
}
module.exports = {
  app, BrowserWindow,
  protocol: {
    registerSchemesAsPrivileged(schemes) {
      if (ready) throw new Error('registerSchemesAsPrivileged after ready');
      state.privileged = schemes;
    },
    handle(scheme, handler) {
      if (!ready) throw new Error('protocol.handle before ready');
      state.protocols.set(scheme, handler);
    },
  },
  ipcMain: { handle(c, fn) { state.handlers.set(c, fn); }, removeHandler(c) { state.handlers.delete(c); } },
  session: { defaultSession: {
    setPermissionRequestHandler(h) { state.permission = h; },
    setPermissionCheckHandler(h) { state.permissionCheck = h; },
    webRequest: { onHeadersReceived(h) { state.headers = h; } },
  } },
  dialog: { showErrorBox(title, message) { state.errors.push(title + ': ' + message); } },
  __state: state,
  __appEvents: appEvents,
};
`;

const DRIVER = String.raw`
const { pathToFileURL } = require('node:url');
const electron = require('electron');
const state = electron.__state;
require(process.argv[2]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  for (let i = 0; i < 600 && !(state.handlers.size && state.loaded.length); i++) await sleep(50);
  const handler = state.handlers.get('duibiao:call');
  const win = state.windows[0];
  const appUrl = state.loaded[0];
  const serve = state.protocols.get('app');
  const fetchApp = async (url, method = 'GET') => {
    const response = await serve(new Request(url, { method }));
    return { status: response.status, type: response.headers.get('content-type'),
      csp: response.headers.get('content-security-policy'), body: await response.text() };
  };
  const served = {
    index: await fetchApp('app://duibiao/index.html'),
    script: await fetchApp('app://duibiao/assets/app.js'),
    traversal: await fetchApp('app://duibiao/..%2F..%2Fpackage.json'),
    missing: await fetchApp('app://duibiao/assets/none.js'),
    post: await fetchApp('app://duibiao/index.html', 'POST'),
  };
  const trusted = { sender: { id: win.webContents.id }, senderFrame: { url: appUrl, parent: null } };
  const fileSender = { ...trusted, senderFrame: { url: pathToFileURL(process.argv[2]).href, parent: null } };
  const docs = await handler(trusted, 'listDocuments', {});
  const comparison = await handler(trusted, 'compare', { period: '2023', kind: 'target' });
  const gdp = comparison.ok ? comparison.result.rows.find((r) => r.indicator === 'gdp_growth') : null;
  const pdf = await handler(trusted, 'importFiles', { sources: [{ kind: 'path', path: process.env.PDF_FIXTURE }] });
  const malformed = await handler(trusted, 'getDocument', { id: 'one' });
  const foreign = await handler({ ...trusted, senderFrame: { url: 'https://example.com/', parent: null } }, 'listDocuments', {});
  const fromFile = await handler(fileSender, 'listDocuments', {});
  const navigation = { url: 'https://example.com/', prevented: false, preventDefault() { this.prevented = true; } };
  win.webContents.emit('will-navigate', navigation);
  const own = { url: appUrl + '#/compare', prevented: false, preventDefault() { this.prevented = true; } };
  win.webContents.emit('will-navigate', own);
  const toFile = { url: pathToFileURL(process.argv[2]).href, prevented: false, preventDefault() { this.prevented = true; } };
  win.webContents.emit('will-navigate', toFile);
  const webview = { prevented: false, preventDefault() { this.prevented = true; } };
  win.webContents.emit('will-attach-webview', webview);
  win.emit('ready-to-show');
  const csp = await new Promise((r) => state.headers({ responseHeaders: { 'X-Test': ['1'] } }, r));
  const permission = await new Promise((r) => state.permission(win.webContents, 'media', r));
  const result = {
    userData: state.paths.userData, lock: state.lock, sandbox: state.sandbox,
    options: win.options, loaded: state.loaded, shown: win.shown === true,
    documents: docs.ok ? docs.result.length : docs,
    gdp: gdp ? Object.fromEntries(Object.entries(gdp.cells).map(([e, facts]) => [e, facts[0].value])) : comparison,
    pdf: pdf.ok ? pdf.result.outcomes.map((o) => o.status + (o.error ? ': ' + o.error : '')) : pdf,
    events: win.webContents.sent.map(([channel, e]) => channel + ' ' + e.type),
    malformed, foreign, fromFile, privileged: state.privileged, served,
    navigationBlocked: navigation.prevented, ownPageAllowed: !own.prevented, webviewBlocked: webview.prevented,
    fileNavigationBlocked: toFile.prevented,
    windowOpen: win.webContents.openHandler({ url: 'https://example.com/' }),
    csp, permission, permissionCheck: state.permissionCheck(win.webContents, 'media'),
    errors: state.errors, exitCode: state.exitCode,
  };
  electron.__appEvents.emit('will-quit');
  process.stdout.write(JSON.stringify(result));
})().catch((e) => { console.error(e); process.exit(1); });
`;

interface Run {
  userData: string;
  lock: number;
  sandbox: boolean;
  options: { title: string; webPreferences: Record<string, unknown> };
  loaded: string[];
  shown: boolean;
  documents: number;
  gdp: Record<string, number>;
  pdf: string[];
  events: string[];
  malformed: { ok: boolean; error?: string };
  foreign: { ok: boolean; error?: string };
  fromFile: { ok: boolean; error?: string };
  privileged: { scheme: string; privileges: Record<string, boolean> }[];
  served: Record<
    'index' | 'script' | 'traversal' | 'missing' | 'post',
    { status: number; type: string | null; csp: string | null; body: string }
  >;
  navigationBlocked: boolean;
  fileNavigationBlocked: boolean;
  ownPageAllowed: boolean;
  webviewBlocked: boolean;
  windowOpen: { action: string };
  csp: { responseHeaders: Record<string, string[]> };
  permission: boolean;
  permissionCheck: boolean;
  errors: string[];
  exitCode: number | null;
}

describe('the bundled main process (dist/electron/main.cjs)', () => {
  let run: Run;
  const dist = join(scratch, 'app', 'dist');

  beforeAll(() => {
    execFileSync(
      process.execPath,
      [join(repo, 'build/scripts/bundle-electron.mjs'), '--outdir', join(dist, 'electron')],
      { cwd: repo, stdio: 'pipe' },
    );
    mkdirSync(join(dist, 'renderer'), { recursive: true });
    writeFileSync(join(dist, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
    mkdirSync(join(dist, 'renderer', 'assets'));
    writeFileSync(join(dist, 'renderer', 'assets', 'app.js'), 'export {};\n');
    writeFileSync(join(scratch, 'app', 'package.json'), '{"secret": true}\n');
    symlinkSync(join(repo, 'seeds'), join(scratch, 'app', 'seeds'), 'dir');
    mkdirSync(join(scratch, 'fake', 'electron'), { recursive: true });
    writeFileSync(join(scratch, 'fake', 'electron', 'index.js'), FAKE_ELECTRON);
    writeFileSync(join(scratch, 'driver.cjs'), DRIVER);

    const out = execFileSync(
      process.execPath,
      [join(scratch, 'driver.cjs'), join(dist, 'electron', 'main.cjs')],
      {
        cwd: scratch,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120_000,
        env: {
          ...process.env,
          DUIBIAO_DB: join(scratch, 'db', 'duibiao.sqlite'),
          DUIBIAO_USER_DATA: '',
          FAKE_HOME: scratch,
          PDF_FIXTURE: join(repo, 'main', 'import', 'fixtures', 'report.pdf'),
          // The stand-in electron first, then the repo's node_modules (better-sqlite3).
          NODE_PATH: [join(scratch, 'fake'), join(repo, 'node_modules')].join(
            process.platform === 'win32' ? ';' : ':',
          ),
        },
      },
    );
    run = JSON.parse(out) as Run;
  }, 180_000);

  it('uses the shared per-user folder, one instance, and the process-wide sandbox', () => {
    expect(run.userData).toBe(join(scratch, 'appData', 'Duibiao'));
    expect(run.lock).toBe(1);
    expect(run.sandbox).toBe(true);
  });

  it('bundles the indexing worker beside main.cjs and preload.cjs, without Electron in it', () => {
    const worker = join(dist, 'electron', 'index-worker.mjs');
    expect(existsSync(worker)).toBe(true);
    expect(readFileSync(worker, 'utf8')).not.toMatch(/require\(["']electron["']\)/);
  });

  it("keeps the extraction engine's top-level const tables const in the worker (V8 folds them)", () => {
    const worker = readFileSync(join(dist, 'electron', 'index-worker.mjs'), 'utf8');
    expect(worker).toMatch(/^const MAPPED = .*new Uint16Array\(65536\);$/m);
    expect(worker).toMatch(/^const inSet = /m);
    expect(worker).not.toMatch(/^var (MAPPED|inSet) = /m);
  });

  it('indexes from app.asar.unpacked, requiring better-sqlite3 from app.asar, as packaged, with the parsers bundled in', async () => {
    // electron-builder's layout, with folders standing in for the archive: the worker unpacked
    // (asarUnpack), node_modules in app.asar. No NODE_PATH and no node_modules above the scratch
    // folder: better-sqlite3 can only be found by looking inside app.asar.
    const resources = join(scratch, 'packaged', 'resources');
    const files = appFiles({
      bundleDir: join(resources, 'app.asar', 'dist', 'electron'),
      isPackaged: true,
      resourcesPath: resources,
      userDataDir: join(scratch, 'packaged', 'user-data'),
      env: {},
    });
    mkdirSync(join(resources, 'app.asar', 'node_modules'), { recursive: true });
    symlinkSync(
      join(repo, 'node_modules', 'better-sqlite3'),
      join(resources, 'app.asar', 'node_modules', 'better-sqlite3'),
      'dir',
    );
    mkdirSync(dirname(files.workerFile), { recursive: true });
    copyFileSync(join(dist, 'electron', 'index-worker.mjs'), files.workerFile);
    expect(files.workerFile).toContain(join('app.asar.unpacked', 'dist', 'electron'));

    const core = await openCore({
      dbPath: files.dbPath,
      seedDir: join(repo, 'seeds'),
      workerFile: files.workerFile,
    });
    try {
      expect(await core.api.listDocuments({})).toHaveLength(5);
      // Each parser the bundle inlines, run from it: mammoth (DOCX), iconv-lite (GBK), the HTML
      // parser. (pdf.js is run by the window's import below.)
      const report = readFileSync(join(repo, 'main', 'import', 'fixtures', 'report.txt'), 'utf8');
      // A title line each, naming the format: three documents, not one text three times.
      const paragraphs = (format: string) =>
        `${format}稿\n${report}`.split('\n').filter((l) => l.trim());
      const docx = await Packer.toBuffer(
        new Document({
          sections: [{ children: paragraphs('Word').map((l) => new Paragraph(l)) }],
        }),
      );
      const html = `<html><body>${paragraphs('网页')
        .map((l) => `<p>${l}</p>`)
        .join('')}</body></html>`;
      const bytes = (name: string, data: Uint8Array | string, encoding?: string) => ({
        kind: 'bytes' as const,
        name,
        base64: Buffer.from(data).toString('base64'),
        ...(encoding ? { encoding } : {}),
      });
      const { outcomes } = await core.api.importFiles({
        sources: [
          bytes('report.docx', docx),
          bytes('report-gbk.txt', iconv.encode(paragraphs('文本').join('\n'), 'gbk'), 'gbk'),
          bytes('report.html', html),
        ],
      });
      const expected = extract(report).facts.length;
      expect(expected).toBeGreaterThan(5);
      expect(
        outcomes.map((o) => [o.name, o.status, o.status === 'imported' && o.factCount]),
      ).toEqual([
        ['report.docx', 'imported', expected],
        ['report-gbk.txt', 'imported', expected],
        ['report.html', 'imported', expected],
      ]);
    } finally {
      core.close();
    }
  }, 120_000);

  it('opens the locked-down window on the built renderer, with the bundled preload', () => {
    expect(run.options.title).toBe('对标 Duibiao');
    expect(run.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: join(dist, 'electron', 'preload.cjs'),
    });
    expect(run.loaded).toEqual(['app://duibiao/index.html']);
    expect(run.shown).toBe(true);
  });

  it('serves the renderer folder, and only it, over the privileged app:// scheme', () => {
    expect(run.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
    const { index, script, traversal, missing, post } = run.served;
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(index.body).toBe('<!doctype html><title>t</title>');
    expect(index.csp).toMatch(/^default-src 'none'; script-src app:\/\/duibiao;/);
    expect(script).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(traversal.status).toBe(404);
    expect(traversal.body).not.toContain('secret');
    expect(missing.status).toBe(404);
    expect(post.status).toBe(405);
  });

  it('indexes the seeds on first run and answers contract calls from the window', () => {
    expect(run.documents).toBe(5);
    expect(run.gdp).toEqual({ 郑州市: 7, 二七区: 7, 管城回族区: 7, 郑州经济技术开发区: 8 });
  });

  it('imports a PDF with the bundled pdf.js, and forwards the progress events to the window', () => {
    expect(run.pdf).toEqual(['imported']);
    expect(run.events).toContain('duibiao:event import-progress');
  });

  it('rejects malformed arguments and foreign senders with clear errors', () => {
    expect(run.malformed.ok).toBe(false);
    expect(run.malformed.error).toMatch(/^Invalid arguments for getDocument: id: /);
    expect(run.foreign).toEqual({
      ok: false,
      error: 'Refused: only the Duibiao window may call the core.',
    });
    expect(run.fromFile).toEqual(run.foreign);
  });

  it('guards the window: navigation, webviews, new windows, permissions, CSP', () => {
    expect(run.navigationBlocked).toBe(true);
    expect(run.ownPageAllowed).toBe(true);
    expect(run.fileNavigationBlocked).toBe(true);
    expect(run.webviewBlocked).toBe(true);
    expect(run.windowOpen).toEqual({ action: 'deny' });
    expect(run.permission).toBe(false);
    expect(run.permissionCheck).toBe(false);
    expect(run.csp.responseHeaders['X-Test']).toEqual(['1']);
    expect(run.csp.responseHeaders['Content-Security-Policy']).toEqual([run.served.index.csp]);
  });

  it('starts without errors', () => {
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBeNull();
  });
});
