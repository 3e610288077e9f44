/**
 * Bundles the Electron shell with esbuild:
 *   main/electron/main.ts       → dist/electron/main.cjs         (main process; the core is bundled in)
 *   main/electron/preload.ts    → dist/electron/preload.cjs      (sandboxed preload: CommonJS, browser platform)
 *   main/worker/index-worker.ts → dist/electron/index-worker.mjs (the indexing worker thread; the parsers are in it)
 * electron and better-sqlite3 (native) stay external; everything else is inlined.
 */
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// --outdir DIR bundles elsewhere (tests); the default is dist/electron.
const { values: cli } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = cli.outdir ? resolve(cli.outdir) : join(root, 'dist', 'electron');

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  logLevel: 'silent',
  legalComments: 'none',
  charset: 'utf8',
};

const EXTERNAL = ['electron', 'better-sqlite3'];

/**
 * The worker is an ES module: its entry awaits at top level, which esbuild cannot emit as
 * CommonJS. Bundled CommonJS code (and the externals, below) still calls require(): the banner
 * gives the module one. When packaged, the worker runs from app.asar.unpacked (electron-builder.yml)
 * while node_modules stays in app.asar, so require resolves from the file's place in app.asar.
 */
const WORKER_BANNER = [
  "import { createRequire as __duibiao_createRequire } from 'node:module';",
  'const require = __duibiao_createRequire(',
  "  import.meta.url.replace('/app.asar.unpacked/', '/app.asar/'),",
  ');',
].join('\n');

/**
 * Loads the externals with require() rather than `import`: an ES import would resolve from the
 * unpacked worker's folder, never inside app.asar, and ignores NODE_PATH.
 */
const externalsViaRequire = {
  name: 'externals-via-require',
  setup(build) {
    const filter = new RegExp(`^(${EXTERNAL.join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.namespace === 'external-require'
        ? { path: args.path, external: true }
        : { path: args.path, namespace: 'external-require' },
    );
    build.onLoad({ filter: /.*/, namespace: 'external-require' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

const targets = [
  {
    ...common,
    entryPoints: ['main/electron/main.ts'],
    outfile: join(outdir, 'main.cjs'),
    platform: 'node',
    target: 'node22',
    external: EXTERNAL,
    // ES module code (import.meta.*) in a CommonJS bundle: give it the bundle's own location.
    define: {
      'import.meta.url': '__bundle_import_meta_url',
      'import.meta.dirname': '__dirname',
      'import.meta.filename': '__filename',
    },
    banner: {
      js: "const __bundle_import_meta_url = require('node:url').pathToFileURL(__filename).href;",
    },
  },
  {
    ...common,
    entryPoints: ['main/electron/preload.ts'],
    outfile: join(outdir, 'preload.cjs'),
    // A sandboxed preload can require('electron') and little else: no Node built-ins may slip in.
    platform: 'browser',
    target: 'chrome140',
    external: ['electron'],
    // It carries the contract's schemas (zod) for the method allow-list: minify what each page parses.
    minify: true,
  },
  {
    ...common,
    entryPoints: ['main/worker/index-worker.ts'],
    outfile: join(outdir, 'index-worker.mjs'),
    format: 'esm',
    platform: 'node',
    target: 'node22',
    external: EXTERNAL,
    plugins: [externalsViaRequire],
    // import.meta.url/dirname/filename are native in an ES module: nothing to define.
    banner: { js: WORKER_BANNER },
  },
];

/** esbuild messages → readable lines, with the file and line when known. */
function describe(message) {
  const where = message.location
    ? `${message.location.file}:${message.location.line}:${message.location.column}: `
    : '';
  return `${where}${message.text}`;
}

let failed = false;
for (const options of targets) {
  try {
    const result = await build(options);
    // An import.meta left empty in the CJS bundle would break at run time: treat it as an error.
    const fatal = result.warnings.filter((w) => w.id === 'empty-import-meta');
    for (const warning of result.warnings) {
      console.warn(
        `bundle-electron: ${relative(root, options.outfile)}: warning: ${describe(warning)}`,
      );
    }
    if (fatal.length) failed = true;
  } catch (error) {
    failed = true;
    const errors = error?.errors ?? [];
    console.error(
      `bundle-electron: could not bundle ${options.entryPoints[0]} → ${options.outfile}:`,
    );
    if (errors.length) for (const e of errors) console.error(`  ${describe(e)}`);
    else console.error(`  ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (failed) {
  console.error('bundle-electron: failed (see above).');
  process.exit(1);
}
const show = (file) => `${relative(root, file)} (${Math.round(statSync(file).size / 1024)} kB)`;
console.log(`bundle-electron: ${targets.map((t) => show(t.outfile)).join(', ')}`);
