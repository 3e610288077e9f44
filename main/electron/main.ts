/**
 * Electron entry (bundled to dist/electron/main.cjs). Thin wiring only: every decision lives in a
 * pure module beside it (window-options, guards, ipc, app-paths, app-protocol) with its own tests.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_NAME } from '../paths.ts';
import type { Core } from '../service/core-types.ts';
import { openCore } from '../service/open-core.ts';
import { appFiles } from './app-paths.ts';
import {
  APP_INDEX_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  serveAppRequest,
} from './app-protocol.ts';
import {
  applyContentSecurityPolicy,
  denyPermissionCheck,
  denyPermissionRequest,
  hardenContents,
  isAppPage,
} from './guards.ts';
import { errorMessage, forwardEvents, registerIpc } from './ipc.ts';
import { createAppWindow } from './window-options.ts';

function fail(title: string, error: unknown): void {
  console.error(`${title}:`, error);
  if (app.isReady()) dialog.showErrorBox(title, errorMessage(error));
  app.exit(1);
}

function main(): void {
  // The same per-user folder the CLI and the browser shell use (main/paths.ts), whatever name
  // Electron derived from how it was started. Set before the single-instance lock, which lives there.
  app.setPath('userData', process.env.DUIBIAO_USER_DATA || join(app.getPath('appData'), APP_NAME));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  // The renderer is served from app://duibiao/ (app-protocol.ts), never from file://. Schemes must
  // be privileged before the app is ready.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

  const files = appFiles({
    bundleDir: __dirname,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    userDataDir: app.getPath('userData'),
    env: process.env,
  });
  let window: BrowserWindow | null = null;
  let core: Core | null = null;

  // Every WebContents, including the window's, is guarded as soon as it exists.
  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents, isAppPage, (url) =>
      console.warn(`Duibiao: blocked navigation or window to ${url}`),
    );
  });
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });

  app
    .whenReady()
    .then(async () => {
      const ses = session.defaultSession;
      ses.setPermissionRequestHandler(denyPermissionRequest);
      ses.setPermissionCheckHandler(denyPermissionCheck);
      ses.webRequest.onHeadersReceived(applyContentSecurityPolicy);
      protocol.handle(APP_SCHEME, (request) =>
        serveAppRequest(request, files.rendererDir, (url, reason) =>
          console.warn(`Duibiao: refused ${url} (${reason})`),
        ),
      );

      if (!existsSync(files.rendererIndex)) {
        throw new Error(`The renderer is not built (${files.rendererIndex}); run "npm run build".`);
      }
      if (!existsSync(files.workerFile)) {
        throw new Error(
          `The indexing worker is not built (${files.workerFile}); run "npm run build".`,
        );
      }
      // The window opens while the core starts (the first run indexes the seeds); calls wait for it.
      const corePromise = openCore({
        dbPath: files.dbPath,
        seedDir: existsSync(files.seedDir) ? files.seedDir : null,
        workerFile: files.workerFile,
      });
      registerIpc(ipcMain, corePromise, () => ({
        contentsId: window && !window.isDestroyed() ? window.webContents.id : null,
      }));

      window = createAppWindow(BrowserWindow, {
        preload: files.preload,
        devTools: !app.isPackaged,
      });
      window.once('ready-to-show', () => window?.show());
      window.on('closed', () => {
        window = null;
      });
      const [opened] = await Promise.all([corePromise, window.loadURL(APP_INDEX_URL)]);
      core = opened;
      forwardEvents(core, () => (window && !window.isDestroyed() ? window.webContents : null));
    })
    .catch((error: unknown) => fail('Duibiao could not start', error));
}

main();
