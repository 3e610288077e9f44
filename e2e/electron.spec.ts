/**
 * The Electron shell, end to end, with Playwright's `_electron`: runs when a usable Electron binary
 * exists (see main/electron/electron-binary.ts; ELECTRON_OVERRIDE_DIST_PATH points at a local
 * build), and reports itself skipped, with the reason, when not.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { CallReply } from '../main/electron/channels.ts';
import { detectElectron } from '../main/electron/electron-binary.ts';

const root = join(import.meta.dirname, '..');
const mainBundle = join(root, 'dist', 'electron', 'main.cjs');
const ENTITIES = ['郑州市', '二七区', '管城回族区', '郑州经济技术开发区'];

interface Bridge {
  call(method: unknown, args?: unknown): Promise<CallReply>;
}

test('Electron shell: seed comparison, locked-down window, no navigation away', async () => {
  const binary = detectElectron();
  if (!binary.available) {
    console.log(`Electron e2e skipped — Electron binary unavailable: ${binary.reason}`);
  }
  test.skip(
    !binary.available,
    `Electron binary unavailable: ${binary.available ? '' : binary.reason}`,
  );
  if (!binary.available) return;

  // test:e2e builds the renderer; the main, preload and worker bundles are quick to (re)build here.
  execFileSync(process.execPath, [join(root, 'build', 'scripts', 'bundle-electron.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });

  const scratch = mkdtempSync(join(tmpdir(), 'duibiao-electron-e2e-'));
  const app = await electron.launch({
    executablePath: binary.path,
    // Chromium refuses to run as root with its OS sandbox (CI containers): the page-level sandbox
    // (webPreferences.sandbox, checked below) is unaffected.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainBundle],
    env: {
      ...process.env,
      DUIBIAO_DB: join(scratch, 'duibiao.sqlite'),
      DUIBIAO_USER_DATA: join(scratch, 'user-data'),
    },
    timeout: 90_000,
  });
  try {
    const page = await app.firstWindow();

    // The seeds are indexed on first run by the bundled worker (dist/electron/index-worker.mjs).
    await test.step('the window shows the seed documents and the 2023 comparison', async () => {
      await expect(page).toHaveTitle(/对标|Duibiao/);
      await expect(page.getByTestId('document')).toHaveCount(5, { timeout: 60_000 });
      const row = page.locator('.ag-row[row-id="gdp_growth"]');
      await expect(row.first()).toBeVisible();
      const expected = ['7%', '7%', '7%', '8%'];
      for (const [i, entity] of ENTITIES.entries()) {
        await expect(
          page.locator(`.ag-row[row-id="gdp_growth"] .ag-cell[col-id="${entity}"] .figure-value`),
        ).toHaveText(expected[i]!);
      }
    });

    await test.step('webPreferences are as set, and the page sees no Node', async () => {
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const window = BrowserWindow.getAllWindows()[0];
        // Present at run time though missing from electron.d.ts.
        const contents = window?.webContents as unknown as
          { getLastWebPreferences(): Record<string, unknown> | null } | undefined;
        return contents?.getLastWebPreferences() ?? null;
      });
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      });
      const globals = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as unknown as { duibiao: object }).duibiao).sort(),
      }));
      expect(globals).toEqual({
        require: 'undefined',
        process: 'undefined',
        bridge: ['call', 'onEvent'],
      });
    });

    await test.step('the bridge refuses unknown methods and malformed arguments', async () => {
      const replies = await page.evaluate(async () => {
        const bridge = (globalThis as unknown as { duibiao: Bridge }).duibiao;
        return {
          unknown: await bridge.call('dropEverything', {}),
          malformed: await bridge.call('getDocument', { id: 'one' }),
        };
      });
      expect(replies.unknown).toEqual({ ok: false, error: 'Unknown method: dropEverything' });
      expect(replies.malformed).toMatchObject({ ok: false });
      expect(!replies.malformed.ok && replies.malformed.error).toMatch(
        /^Invalid arguments for getDocument/,
      );
    });

    await test.step('the page comes from app://duibiao with the CSP header, nothing else served', async () => {
      expect(page.url()).toMatch(/^app:\/\/duibiao\/index\.html(?:[?#].*)?$/);
      const served = await page.evaluate(async () => {
        const index = await fetch('app://duibiao/index.html');
        const escape = await fetch('app://duibiao/..%2F..%2Fpackage.json');
        return {
          status: index.status,
          csp: index.headers.get('content-security-policy'),
          escape: escape.status,
        };
      });
      expect(served).toMatchObject({ status: 200, escape: 404 });
      expect(served.csp).toMatch(/^default-src 'none'; script-src app:\/\/duibiao;/);
    });

    await test.step('the page cannot navigate away, to file: pages, or open windows', async () => {
      const appUrl = page.url();
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      await page.evaluate(() => {
        window.location.href = 'file:///etc/hosts';
      });
      await page.evaluate(() => window.open('https://example.com/'));
      await page.waitForTimeout(1_500);
      expect(page.url()).toBe(appUrl);
      expect(app.windows()).toHaveLength(1);
      await expect(page.getByTestId('document')).toHaveCount(5);
    });
  } finally {
    await app.close();
    rmSync(scratch, { recursive: true, force: true });
  }
});
