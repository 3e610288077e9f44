import type { BrowserWindowConstructorOptions } from 'electron';

/** The window constructor, injected so this module can be imported (and tested) without Electron. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

export interface WindowSettings {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preload: string;
  /** Allow the developer tools (unpackaged runs only). */
  devTools: boolean;
}

/**
 * Creates the app window. The options are written inline in `new BrowserWindow({ … })` on purpose:
 * electronegativity reads them from this expression (it cannot follow a function's return value),
 * so what it checks is exactly what Electron gets.
 */
export function createAppWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  settings: WindowSettings,
): W {
  return new BrowserWindow({
    title: '对标 Duibiao',
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    backgroundColor: '#ffffff',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: settings.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: settings.devTools,
      // Middle-click (auxclick) must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/** The options createAppWindow passes to Electron, captured with a stand-in constructor (no window). */
export function windowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  let captured: BrowserWindowConstructorOptions | undefined;
  class Capture {
    constructor(options: BrowserWindowConstructorOptions) {
      captured = options;
    }
  }
  createAppWindow(Capture, settings);
  if (!captured) throw new Error('createAppWindow did not construct a window');
  return captured;
}
