import { join, resolve } from 'node:path';
import { DB_FILE_NAME } from '../paths.ts';

export interface AppLocation {
  /** Folder of the running bundle (dist/electron, inside app.asar when packaged). */
  bundleDir: string;
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder puts extraResources. */
  resourcesPath: string;
  /** app.getPath('userData'). */
  userDataDir: string;
  env: Record<string, string | undefined>;
}

export interface AppFiles {
  preload: string;
  rendererIndex: string;
  /** Seeds indexed on first run: extraResources when packaged, the repo's seeds/ otherwise. */
  seedDir: string;
  /** $DUIBIAO_DB, else userData/duibiao.sqlite (the same file the CLI and browser shell use). */
  dbPath: string;
}

export function appFiles(location: AppLocation): AppFiles {
  const { bundleDir } = location;
  return {
    preload: join(bundleDir, 'preload.cjs'),
    rendererIndex: resolve(bundleDir, '..', 'renderer', 'index.html'),
    seedDir: location.isPackaged
      ? join(location.resourcesPath, 'seeds')
      : resolve(bundleDir, '..', '..', 'seeds'),
    dbPath: location.env.DUIBIAO_DB || join(location.userDataDir, DB_FILE_NAME),
  };
}
