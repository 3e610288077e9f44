import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDbPath, paths } from '../paths.ts';
import { openCore } from '../service/open-core.ts';
import { startBridge } from './bridge.ts';
import { openBrowser } from './open-browser.ts';

export interface WebShellOptions {
  dbPath?: string;
  port?: number;
  open?: boolean;
  rendererDir?: string;
}

export interface WebShell {
  url: string;
  close(): Promise<void>;
}

/** The browser shell: the core plus the HTTP bridge serving the built renderer. */
export async function startWebShell(options: WebShellOptions = {}): Promise<WebShell> {
  const rendererDir = options.rendererDir ?? paths.rendererDist;
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${rendererDir}); run "npm run build:renderer" first.`,
    );
  }
  const core = await openCore({ dbPath: options.dbPath ?? defaultDbPath(), seedDir: paths.seeds });
  const bridge = await startBridge(core, { rendererDir, port: options.port ?? 0 });
  console.log(`Duibiao (browser shell) at ${bridge.url}`);
  if (options.open && !openBrowser(bridge.url))
    console.log('No browser to open here: open the address above.');
  return {
    url: bridge.url,
    close: async () => {
      await bridge.close();
      core.close();
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: npm run web -- [--db FILE] [--port N] [--no-open]');
    return;
  }
  const shell = await startWebShell({
    dbPath: values.db,
    port: values.port ? Number(values.port) : 0,
    open: !values['no-open'],
  });
  const stop = () => void shell.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(`duibiao web: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
