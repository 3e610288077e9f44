import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectElectron, locateElectron, platformExecutable } from './electron-binary.ts';

const scratch = mkdtempSync(join(tmpdir(), 'duibiao-electron-binary-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fake Electron: a shell script answering the version probe like the real binary does. */
function fakeBinary(dir: string, script: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'electron');
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('detectElectron', () => {
  it('reports the binary unavailable, with a reason, on this machine', () => {
    // The electron package is installed here but could not download its binary.
    const result = detectElectron({ env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' } });
    if (result.available) {
      // A machine with a real binary: it must at least be Electron 45.
      expect(result.version).toMatch(/^45\./);
      return;
    }
    expect(result.reason).toMatch(/\S{10,}/);
  });

  it('explains a missing download (no path.txt) and how to point at a local build', () => {
    const packageDir = join(scratch, 'pkg-no-download');
    mkdirSync(packageDir, { recursive: true });
    const result = detectElectron({ env: {}, packageDir, platform: 'linux' });
    expect(result).toEqual({
      available: false,
      reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH'),
    });
  });

  it('explains an uninstalled package', () => {
    expect(locateElectron({ env: {}, packageDir: null })).toEqual({
      reason: 'the electron package is not installed',
    });
  });

  it('explains an override folder without the executable', () => {
    const result = detectElectron({
      env: { ELECTRON_OVERRIDE_DIST_PATH: join(scratch, 'empty') },
      packageDir: null,
      platform: 'linux',
    });
    expect(result.available).toBe(false);
    expect(!result.available && result.reason).toMatch(
      /ELECTRON_OVERRIDE_DIST_PATH has no electron/,
    );
  });

  it.skipIf(process.platform === 'win32')(
    'accepts a binary that starts and reports its version',
    () => {
      const dir = join(scratch, 'works');
      const path = fakeBinary(dir, 'echo 45.4.1');
      const result = detectElectron({
        env: { ELECTRON_OVERRIDE_DIST_PATH: dir, DISPLAY: ':0' },
        packageDir: null,
        platform: 'linux',
      });
      expect(result).toEqual({ available: true, path, version: '45.4.1' });
    },
  );

  it.skipIf(process.platform === 'win32')(
    'rejects a binary that fails, hangs, or has no display',
    () => {
      const broken = join(scratch, 'broken');
      fakeBinary(broken, 'echo "error while loading shared libraries: libnss3.so" >&2; exit 127');
      const failed = detectElectron({
        env: { ELECTRON_OVERRIDE_DIST_PATH: broken, DISPLAY: ':0' },
        packageDir: null,
        platform: 'linux',
      });
      expect(!failed.available && failed.reason).toMatch(/does not start \(error while loading/);

      const hangs = join(scratch, 'hangs');
      fakeBinary(hangs, 'sleep 5');
      const slow = detectElectron({
        env: { ELECTRON_OVERRIDE_DIST_PATH: hangs, DISPLAY: ':0' },
        packageDir: null,
        platform: 'linux',
        timeoutMs: 300,
      });
      expect(!slow.available && slow.reason).toMatch(/did not answer within 0.3 s/);

      const works = join(scratch, 'headless');
      fakeBinary(works, 'echo 45.4.1');
      const headless = detectElectron({
        env: { ELECTRON_OVERRIDE_DIST_PATH: works },
        packageDir: null,
        platform: 'linux',
      });
      expect(!headless.available && headless.reason).toMatch(/no display/);
    },
  );

  it('knows where each platform keeps the executable', () => {
    expect(platformExecutable('linux')).toBe('electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});
