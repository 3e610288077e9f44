import { describe, expect, it } from 'vitest';
import { createAppWindow, windowOptions } from './window-options.ts';

const settings = { preload: '/app/dist/electron/preload.cjs', devTools: false };

describe('windowOptions', () => {
  const options = windowOptions(settings);
  const prefs = options.webPreferences ?? {};

  it('isolates the page: contextIsolation and sandbox on, no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and insecure content, webviews and experiments off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('disables middle-click (auxclick) so it cannot open windows', () => {
    expect(prefs.disableBlinkFeatures).toContain('Auxclick');
  });

  it('uses the bundled preload and passes devTools through', () => {
    expect(prefs.preload).toBe(settings.preload);
    expect(prefs.devTools).toBe(false);
    expect(windowOptions({ ...settings, devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('is titled 对标 Duibiao and stays hidden until ready-to-show', () => {
    expect(options.title).toBe('对标 Duibiao');
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.width).toBeGreaterThanOrEqual(1024);
    expect(options.height).toBeGreaterThanOrEqual(700);
  });

  it('are exactly what createAppWindow gives the window constructor', () => {
    const seen: unknown[] = [];
    class FakeWindow {
      constructor(o: unknown) {
        seen.push(o);
      }
    }
    expect(createAppWindow(FakeWindow, settings)).toBeInstanceOf(FakeWindow);
    expect(seen).toEqual([options]);
  });
});
