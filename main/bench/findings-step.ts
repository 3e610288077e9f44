/**
 * The findings step of bench:index: every check over the whole index, computed once in a
 * process of its own (so its peak RSS is the computation's, not the indexing's), against the
 * goal of issue 7; the baseline is reading every visible fact with one SELECT, nothing computed.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mb } from './stats.ts';
import type { FindingsRun } from './findings-profile.ts';

const GOAL_SECONDS = 30;
const SCRIPT = fileURLToPath(new URL('./findings-profile.ts', import.meta.url));

export function findingsStep(dbPath: string, line: (label: string, value: string) => void): void {
  const out = execFileSync(process.execPath, [SCRIPT, '--db', dbPath, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1024 * 1024,
  });
  const run = JSON.parse(out.trim().split('\n').at(-1)!) as FindingsRun;

  const raw = new Database(dbPath, { readonly: true });
  const t0 = performance.now();
  let facts = 0;
  for (const _ of raw.prepare('SELECT * FROM facts WHERE hidden = 0').raw().iterate()) facts++;
  const selectSeconds = (performance.now() - t0) / 1000;
  raw.close();

  console.log('findings (every check over the whole index, computed once)');
  line(
    'computation',
    `${run.seconds.toFixed(1)} s, CPU ${run.cpuSeconds.toFixed(1)} s, ${run.total} findings (goal ≤ ${GOAL_SECONDS} s: ${(run.seconds / GOAL_SECONDS).toFixed(2)}×)`,
  );
  line('peak RSS', mb(run.peakRss));
  line(
    'by type',
    Object.entries(run.byType)
      .map(([type, n]) => `${type} ${n}`)
      .join(', '),
  );
  line('baseline: one SELECT of all facts', `${selectSeconds.toFixed(1)} s, ${facts} facts`);
}
