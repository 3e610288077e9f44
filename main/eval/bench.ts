/**
 * Throughput of the extraction engine on the seeds repeated to at least 5 MB (UTF-8), as separate
 * documents and as one long text. A benchmark, not a test: the machine's load moves the numbers.
 *
 *   node main/eval/bench.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../../shared/extract/index.ts';

const dir = resolve(import.meta.dirname, '../../seeds');
const seeds = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .map((n) => readFileSync(join(dir, n), 'utf8'));
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const seedBytes = seeds.reduce((a, s) => a + bytes(s), 0);
const rounds = Math.ceil(5e6 / seedBytes);

function best(label: string, run: () => number): void {
  let bestMs = Infinity;
  let total = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    total = run();
    bestMs = Math.min(bestMs, performance.now() - t0);
  }
  console.log(
    `${label}: ${(total / 1e6).toFixed(1)} MB in ${bestMs.toFixed(0)} ms → ${(total / 1e6 / (bestMs / 1000)).toFixed(1)} MB/s (UTF-8)`,
  );
}

best(`${rounds} × the five seeds as documents`, () => {
  let n = 0;
  for (let r = 0; r < rounds; r++)
    for (const s of seeds) n += extract(s).facts.length >= 0 ? bytes(s) : 0;
  return n;
});
const long = seeds.join('\n').repeat(rounds);
best('the same text as one document', () => {
  extract(long);
  return bytes(long);
});
