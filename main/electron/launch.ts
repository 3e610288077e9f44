/**
 * `npm start`: runs the app in Electron when a usable binary exists; otherwise says why in one line
 * and opens the browser shell instead. Runs under Node 22 (type stripping), not inside Electron.
 */
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectElectron } from './electron-binary.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function runElectron(binary: string): void {
  // Electron reads package.json: productName (app name) and main (dist/electron/main.cjs).
  const child = spawn(binary, [repoRoot, ...process.argv.slice(2)], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => {
    console.error(`duibiao: could not start Electron: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runBrowserShell(reason: string): Promise<void> {
  console.log(`Electron binary unavailable (${reason}); opening the browser shell instead.`);
  const { startWebShell } = await import('../web/start.ts');
  const shell = await startWebShell({ open: true });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void shell.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  const electron = detectElectron();
  if (electron.available) runElectron(electron.path);
  else await runBrowserShell(electron.reason);
}

main().catch((error: unknown) => {
  console.error(`duibiao: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
