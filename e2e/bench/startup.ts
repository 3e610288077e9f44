/**
 * `npm run bench:startup` — a benchmark, not a test. Measures the time from spawning the browser
 * shell on a fresh database (which indexes seeds/ on first run) to the seed comparison's
 * gdp_growth row being visible in Chromium, split into: shell ready (address printed), page
 * loaded, grid visible. Baselines measured in the same run put the number in context.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { nodeBinary, repoRoot, startShell } from '../fixtures/spawn-shell.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GOAL_MS = 2_000;
const GRID_ROW = '.ag-row[row-id="gdp_growth"] .ag-cell[col-id="郑州市"]';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Sample {
  shellReady: number;
  pageLoaded: number;
  gridVisible: number;
}

const median = (xs: number[]) => {
  const s = xs.toSorted((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (n: number) => `${Math.round(n).toString().padStart(5)} ms`;

async function coldStart(browser: Browser, dbPath?: string): Promise<Sample> {
  const t0 = performance.now();
  const shell = await startShell(dbPath ? { dbPath } : {});
  try {
    const shellReady = performance.now() - t0;
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(shell.url, { waitUntil: 'load' });
    const pageLoaded = performance.now() - t0;
    await page.locator(GRID_ROW).waitFor({ state: 'visible', timeout: 60_000 });
    const gridVisible = performance.now() - t0;
    await context.close();
    return { shellReady, pageLoaded, gridVisible };
  } finally {
    await shell.stop();
  }
}

/** Baseline 1: spawning the same Node and having it print a line — the floor of any shell. */
async function nodeSpawn(): Promise<number> {
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(nodeBinary(), ['-e', 'console.log("ready")'], { cwd: repoRoot });
    child.stdout.once('data', () => resolve());
    child.once('error', reject);
  });
  return performance.now() - t0;
}

/** Baseline 2: Chromium loading a static "hello" page from a local Node server. */
async function helloPage(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('h1').waitFor({ state: 'visible' });
  const t = performance.now() - t0;
  await context.close();
  return t;
}

function row(name: string, xs: number[]): string {
  return `${name.padEnd(40)} median ${ms(median(xs))}   min ${ms(Math.min(...xs))}`;
}

async function main(): Promise<void> {
  const launchStart = performance.now();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const launchMs = performance.now() - launchStart;

  const hello = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><meta charset="utf-8"><title>hello</title><h1>你好 hello</h1>');
  });
  await new Promise<void>((r) => hello.listen(0, '127.0.0.1', r));
  const helloUrl = `http://127.0.0.1:${(hello.address() as AddressInfo).port}/`;

  try {
    // One unmeasured run warms the OS file cache (node_modules, Chromium) as a second launch would.
    await coldStart(browser);

    const samples: Sample[] = [];
    const spawnTimes: number[] = [];
    const helloTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = await coldStart(browser);
      samples.push(s);
      spawnTimes.push(await nodeSpawn());
      helloTimes.push(await helloPage(browser, helloUrl));
      console.log(
        `run ${i + 1}/${RUNS}: shell ready ${ms(s.shellReady)} | page loaded ${ms(s.pageLoaded)} | grid visible ${ms(s.gridVisible)}`,
      );
    }

    // Restarts on an already-indexed database: the shell without first-run seeding.
    const warm: Sample[] = [];
    const dir = await mkdtemp(join(tmpdir(), 'duibiao-bench-'));
    try {
      const db = join(dir, 'duibiao.sqlite');
      await coldStart(browser, db); // indexes the seeds
      for (let i = 0; i < RUNS; i++) warm.push(await coldStart(browser, db));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    const grid = samples.map((s) => s.gridVisible);
    console.log('');
    console.log(
      `Startup of the browser shell on a fresh database, ${RUNS} runs (Chromium launched once: ${Math.round(launchMs)} ms)`,
    );
    console.log(
      row(
        'shell ready (address printed)',
        samples.map((s) => s.shellReady),
      ),
    );
    console.log(
      row(
        'page loaded',
        samples.map((s) => s.pageLoaded),
      ),
    );
    console.log(row('grid visible (gdp_growth row)', grid));
    console.log('');
    console.log('Baselines (same run):');
    console.log(row('node 22 spawn → first line', spawnTimes));
    console.log(row('Chromium loads a static hello page', helloTimes));
    console.log(
      row(
        'second start, database already indexed',
        warm.map((s) => s.gridVisible),
      ),
    );
    console.log(
      row(
        '  of which shell ready',
        warm.map((s) => s.shellReady),
      ),
    );
    console.log('');
    const ratio = median(grid) / GOAL_MS;
    console.log(
      `Goal: grid visible ≤ ${GOAL_MS} ms on this ${availableParallelism()}-core machine. ` +
        `Median ${Math.round(median(grid))} ms = ${ratio.toFixed(2)}× the goal — ${ratio <= 1 ? 'met' : 'NOT met'}.`,
    );
  } finally {
    hello.close();
    await browser.close();
  }
}

await main();
