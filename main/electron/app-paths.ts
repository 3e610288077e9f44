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
  /** The built renderer (dist/renderer): the only folder the app:// protocol serves. */
  rendererDir: string;
  rendererIndex: string;
  /**
   * The bundled indexing worker (dist/electron/index-worker.mjs). Packaged, its unpacked copy:
   * electron-builder.yml lists it in asarUnpack, so worker_threads reads it from the real disk.
   */
  workerFile: string;
  /** Seeds indexed on first run: extraResources when packaged, the repo's seeds/ otherwise. */
  seedDir: string;
  /** $DUIBIAO_DB, else userData/duibiao.sqlite (the same file the CLI and browser shell use). */
  dbPath: string;
}

export const WORKER_BUNDLE = 'index-worker.mjs';

/**
 * Where electron-builder puts a file listed in asarUnpack: the same path with its `app.asar`
 * folder replaced by `app.asar.unpacked`. Paths outside an asar archive are returned unchanged.
 */
export function unpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked');
}

export function appFiles(location: AppLocation): AppFiles {
  const { bundleDir } = location;
  const rendererDir = resolve(bundleDir, '..', 'renderer');
  const workerFile = join(bundleDir, WORKER_BUNDLE);
  return {
    preload: join(bundleDir, 'preload.cjs'),
    rendererDir,
    rendererIndex: join(rendererDir, 'index.html'),
    workerFile: location.isPackaged ? unpackedPath(workerFile) : workerFile,
    seedDir: location.isPackaged
      ? join(location.resourcesPath, 'seeds')
      : resolve(bundleDir, '..', '..', 'seeds'),
    dbPath: location.env.DUIBIAO_DB || join(location.userDataDir, DB_FILE_NAME),
  };
}
