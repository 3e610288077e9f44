import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFiles, unpackedPath } from './app-paths.ts';

describe('appFiles', () => {
  it('finds the preload, worker, renderer and repo seeds next to the bundle when unpackaged', () => {
    const files = appFiles({
      bundleDir: '/repo/dist/electron',
      isPackaged: false,
      resourcesPath: '/ignored',
      userDataDir: '/home/u/.config/Duibiao',
      env: {},
    });
    expect(files).toEqual({
      preload: join('/repo/dist/electron', 'preload.cjs'),
      rendererDir: join('/repo/dist/renderer'),
      rendererIndex: join('/repo/dist/renderer/index.html'),
      workerFile: join('/repo/dist/electron', 'index-worker.mjs'),
      seedDir: join('/repo/seeds'),
      dbPath: join('/home/u/.config/Duibiao', 'duibiao.sqlite'),
    });
  });

  it('takes the seeds from extraResources and the worker from app.asar.unpacked when packaged', () => {
    const files = appFiles({
      bundleDir: '/opt/Duibiao/resources/app.asar/dist/electron',
      isPackaged: true,
      resourcesPath: '/opt/Duibiao/resources',
      userDataDir: '/home/u/.config/Duibiao',
      env: {},
    });
    expect(files.seedDir).toBe(join('/opt/Duibiao/resources', 'seeds'));
    expect(files.rendererDir).toBe(join('/opt/Duibiao/resources/app.asar/dist/renderer'));
    expect(files.rendererIndex).toBe(
      join('/opt/Duibiao/resources/app.asar/dist/renderer/index.html'),
    );
    expect(files.preload).toBe(join('/opt/Duibiao/resources/app.asar/dist/electron/preload.cjs'));
    expect(files.workerFile).toBe(
      join('/opt/Duibiao/resources/app.asar.unpacked/dist/electron/index-worker.mjs'),
    );
  });

  it('uses $DUIBIAO_DB when set', () => {
    const files = appFiles({
      bundleDir: '/repo/dist/electron',
      isPackaged: false,
      resourcesPath: '',
      userDataDir: '/home/u/.config/Duibiao',
      env: { DUIBIAO_DB: '/tmp/test.sqlite' },
    });
    expect(files.dbPath).toBe('/tmp/test.sqlite');
  });
});

describe('unpackedPath', () => {
  it('swaps the app.asar folder for app.asar.unpacked, with either separator', () => {
    expect(unpackedPath('/opt/D/resources/app.asar/dist/electron/w.mjs')).toBe(
      '/opt/D/resources/app.asar.unpacked/dist/electron/w.mjs',
    );
    expect(unpackedPath('C:\\Program Files\\D\\resources\\app.asar\\dist\\w.mjs')).toBe(
      'C:\\Program Files\\D\\resources\\app.asar.unpacked\\dist\\w.mjs',
    );
    expect(unpackedPath('/Applications/D.app/Contents/Resources/app.asar')).toBe(
      '/Applications/D.app/Contents/Resources/app.asar.unpacked',
    );
  });

  it('leaves other paths alone, including look-alike names and already-unpacked paths', () => {
    for (const path of [
      '/repo/dist/electron/w.mjs',
      '/home/u/my-app.asar/dist/w.mjs',
      '/home/u/app.asarx/w.mjs',
      '/opt/D/resources/app.asar.unpacked/dist/w.mjs',
    ]) {
      expect(unpackedPath(path), path).toBe(path);
    }
  });
});
