import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFiles } from './app-paths.ts';

describe('appFiles', () => {
  it('finds the preload, renderer and repo seeds next to the bundle when unpackaged', () => {
    const files = appFiles({
      bundleDir: '/repo/dist/electron',
      isPackaged: false,
      resourcesPath: '/ignored',
      userDataDir: '/home/u/.config/Duibiao',
      env: {},
    });
    expect(files).toEqual({
      preload: join('/repo/dist/electron', 'preload.cjs'),
      rendererIndex: join('/repo/dist/renderer/index.html'),
      seedDir: join('/repo/seeds'),
      dbPath: join('/home/u/.config/Duibiao', 'duibiao.sqlite'),
    });
  });

  it('takes the seeds from extraResources when packaged', () => {
    const files = appFiles({
      bundleDir: '/opt/Duibiao/resources/app.asar/dist/electron',
      isPackaged: true,
      resourcesPath: '/opt/Duibiao/resources',
      userDataDir: '/home/u/.config/Duibiao',
      env: {},
    });
    expect(files.seedDir).toBe(join('/opt/Duibiao/resources', 'seeds'));
    expect(files.rendererIndex).toBe(
      join('/opt/Duibiao/resources/app.asar/dist/renderer/index.html'),
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
