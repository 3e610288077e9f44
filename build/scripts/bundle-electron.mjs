/**
 * Bundles the Electron shell:
 *   main/electron/main.ts       → dist/electron/main.cjs         (esbuild; main process, the core is bundled in)
 *   main/electron/preload.ts    → dist/electron/preload.cjs      (esbuild; sandboxed preload: CommonJS, browser platform)
 *   main/worker/index-worker.ts → dist/electron/index-worker.mjs (rolldown; the indexing worker thread: the
 *                                 parsers and the extraction engine are in it)
 * electron and better-sqlite3 (native) stay external; everything else is inlined.
 *
 * The worker is bundled with rolldown, not esbuild: esbuild turns every top-level const of a bundle
 * into a var (deliberately, with no option to keep them), and V8 folds a module's const tables and
 * char sets into optimised code but not a var's. The extraction engine bundled by esbuild measured
 * 11% slower than the same engine run from its modules (in-process A/B, paired medians of 60 passes
 * over 270 seeds); bundled by rolldown, which keeps const, 0.99× (npm run bench:extract prints both).
 */
import { build } from 'esbuild';
import { build as rolldown } from 'rolldown';
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
 * The worker is an ES module (its entry awaits at top level). Its externals are loaded with the
 * require() this banner makes rather than with `import`: an ES import would resolve from the
 * unpacked worker's folder, never inside app.asar, and ignores NODE_PATH. When packaged, the worker
 * runs from app.asar.unpacked (electron-builder.yml) while node_modules stays in app.asar, so
 * require resolves from the file's place in app.asar. (Node's built-ins, which bundled CommonJS
 * code requires, resolve from anywhere: rolldown gives the bundle its own require for them.)
 */
const WORKER_REQUIRE = '__duibiao_require';
const WORKER_BANNER = [
  "import { createRequire as __duibiao_createRequire } from 'node:module';",
  `const ${WORKER_REQUIRE} = __duibiao_createRequire(`,
  "  import.meta.url.replace('/app.asar.unpacked/', '/app.asar/'),",
  ');',
].join('\n');

/** Each external becomes a module whose default export is what the banner's require loads. */
const EXTERNAL_PREFIX = '\0external-require:';
const externalsViaRequire = {
  name: 'externals-via-require',
  resolveId: (id) => (EXTERNAL.includes(id) ? EXTERNAL_PREFIX + id : null),
  load: (id) =>
    id.startsWith(EXTERNAL_PREFIX)
      ? `export default ${WORKER_REQUIRE}(${JSON.stringify(id.slice(EXTERNAL_PREFIX.length))});`
      : null,
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
];

/** The worker, by rolldown (see the top). import.meta.* are native in an ES module: nothing to define. */
const worker = {
  input: 'main/worker/index-worker.ts',
  cwd: root,
  platform: 'node',
  plugins: [externalsViaRequire],
  logLevel: 'silent',
  output: {
    file: join(outdir, 'index-worker.mjs'),
    format: 'esm',
    banner: WORKER_BANNER,
    // Importers load their parsers with import(): kept in the one file, as esbuild did.
    codeSplitting: false,
    comments: { legal: false },
  },
};

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

try {
  await rolldown(worker);
} catch (error) {
  failed = true;
  console.error(`bundle-electron: could not bundle ${worker.input} → ${worker.output.file}:`);
  const errors = error?.errors ?? [];
  if (errors.length) for (const e of errors) console.error(`  ${e?.message ?? String(e)}`);
  else console.error(`  ${error instanceof Error ? error.message : String(error)}`);
}

if (failed) {
  console.error('bundle-electron: failed (see above).');
  process.exit(1);
}
const show = (file) => `${relative(root, file)} (${Math.round(statSync(file).size / 1024)} kB)`;
const outfiles = [...targets.map((t) => t.outfile), worker.output.file];
console.log(`bundle-electron: ${outfiles.map(show).join(', ')}`);
