import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Application name as Electron derives it (package.json productName): the user-data folder's name. */
export const APP_NAME = 'Duibiao';
export const DB_FILE_NAME = 'duibiao.sqlite';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The same folder Electron's app.getPath('userData') returns, computed without Electron. */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_NAME);
}

/** $DUIBIAO_DB, else the per-user data folder. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.DUIBIAO_DB || join(userDataDir(env), DB_FILE_NAME);
}

export const paths = {
  root: repoRoot,
  seeds: join(repoRoot, 'seeds'),
  rendererDist: join(repoRoot, 'dist', 'renderer'),
};
