/**
 * Finds the Electron binary the `electron` npm package would run — without requiring that package,
 * whose index.js starts a download when the binary is missing — and checks that it starts.
 * Used by `npm start` (launch.ts) and the Electron e2e spec.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary =
  { available: true; path: string; version: string } | { available: false; reason: string };

export interface DetectOptions {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  /** Folder of the installed `electron` package; found with require.resolve by default. */
  packageDir?: string | null;
  /** How long the binary may take to report its version. */
  timeoutMs?: number;
  /** On Linux, also require an X11 or Wayland display (a window cannot open without one). */
  requireDisplay?: boolean;
}

/** The executable's path inside Electron's dist folder, as electron/install.js writes it. */
export function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function findPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Where the binary should be, or why there is none; does not touch the binary itself. */
export function locateElectron(
  options: Pick<DetectOptions, 'env' | 'platform' | 'packageDir'> = {},
): { path: string } | { reason: string } {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const packageDir = options.packageDir === undefined ? findPackageDir() : options.packageDir;
  const pathFile = packageDir ? join(packageDir, 'path.txt') : null;
  const recorded = pathFile && existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const executable = recorded || platformExecutable(platform);

  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable);
    return existsSync(path)
      ? { path }
      : { reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${executable} (looked for ${path})` };
  }
  if (!packageDir) return { reason: 'the electron package is not installed' };
  if (!recorded) {
    return {
      reason:
        'node_modules/electron has no downloaded binary, path.txt is missing; ' +
        'set ELECTRON_OVERRIDE_DIST_PATH to a local Electron build',
    };
  }
  const path = join(packageDir, 'dist', executable);
  return existsSync(path) ? { path } : { reason: `${path} is missing` };
}

/** Locates the binary and checks it starts (as Node, headless) and reports its version. */
export function detectElectron(options: DetectOptions = {}): ElectronBinary {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const located = locateElectron({ ...options, env, platform });
  if ('reason' in located) return { available: false, reason: located.reason };

  const timeoutMs = options.timeoutMs ?? 15_000;
  const probe = spawnSync(located.path, ['-p', 'process.versions.electron'], {
    env: { ...env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: timeoutMs,
    windowsHide: true,
  });
  if (probe.error) {
    const code = (probe.error as NodeJS.ErrnoException).code;
    const why =
      code === 'ETIMEDOUT' ? `did not answer within ${timeoutMs / 1000} s` : probe.error.message;
    return { available: false, reason: `${located.path} ${why}` };
  }
  const version = probe.stdout.trim();
  if (probe.status !== 0 || !/^\d+\.\d+\.\d+/.test(version)) {
    const detail =
      (probe.stderr || probe.stdout).trim().split('\n')[0] || `exit code ${probe.status}`;
    return { available: false, reason: `${located.path} does not start (${detail})` };
  }
  if (
    (options.requireDisplay ?? true) &&
    platform === 'linux' &&
    !env.DISPLAY &&
    !env.WAYLAND_DISPLAY
  ) {
    return { available: false, reason: 'no display (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  }
  return { available: true, path: located.path, version };
}
