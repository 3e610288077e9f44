/**
 * Throughput of the extraction engine on the seeds repeated to at least 5 MB (UTF-8), and, in the
 * same run and on the same text, of @microsoft/recognizers-text-number (Chinese culture, number and
 * percentage models) as a peer baseline, with the ratio. A benchmark, not a test: the machine's load
 * moves the numbers, so each side is timed several times and the best run is kept. One core: all
 * work runs on this thread.
 *
 *   node main/eval/bench.ts
 *
 * The peer reads the same documents whole (as the engine does) and a line (a paragraph) at a time,
 * what its models are built for; the ratio is taken against the faster of the two, and the best
 * engine run before or after the peer's (the load of a shared machine moves during the run).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Recognizers from '@microsoft/recognizers-text-number';
import { extract } from '../../shared/extract/index.ts';

const dir = resolve(import.meta.dirname, '../../seeds');
const seeds = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(dir, n), 'utf8'));
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const seedBytes = seeds.reduce((a, s) => a + bytes(s), 0);
const rounds = Math.ceil(5e6 / seedBytes);
const docs = Array.from({ length: rounds }, () => seeds).flat();
const total = docs.reduce((a, s) => a + bytes(s), 0);

/** Best wall-clock time of `runs` runs of `fn`, after one untimed warm-up on a small input. */
function best(runs: number, warm: () => void, fn: () => void): number {
  warm();
  let ms = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}
const mbps = (ms: number): number => total / 1e6 / (ms / 1000);
const line = (label: string, ms: number): string =>
  `${label.padEnd(44)} ${(total / 1e6).toFixed(2)} MB in ${(ms / 1000).toFixed(2)} s → ${mbps(ms).toFixed(2)} MB/s`;

console.log(
  `corpus: the ${seeds.length} seeds × ${rounds} = ${docs.length} documents, ${(total / 1e6).toFixed(2)} MB UTF-8 (${docs.reduce((a, s) => a + s.length, 0)} characters)`,
);

let facts = 0;
const engineMs = best(
  5,
  () => seeds.forEach((s) => extract(s)),
  () => {
    facts = 0;
    for (const s of docs) facts += extract(s).facts.length;
  },
);
console.log(`${line('engine (extract, whole pipeline)', engineMs)}  (${facts} facts)`);
const long = docs.join('\n');
const longMs = best(
  3,
  () => extract(seeds.join('\n')),
  () => extract(long),
);
console.log(line('engine, the same text as one document', longMs));

const { NumberRecognizer, Culture } = Recognizers;
const recognizer = new NumberRecognizer(Culture.Chinese);
const numberModel = recognizer.getNumberModel();
const percentModel = recognizer.getPercentageModel();
const peerParse = (text: string): number =>
  numberModel.parse(text).length + percentModel.parse(text).length;
const peer = (inputs: string[], warm: string[]): { ms: number; found: number } => {
  let found = 0;
  const ms = best(
    1,
    () => warm.forEach(peerParse),
    () => {
      found = 0;
      for (const l of inputs) found += peerParse(l);
    },
  );
  return { ms, found };
};
const split = (d: string): string[] => d.split('\n').filter((l) => l.trim());
const byDoc = peer(docs, seeds);
console.log(
  `${line('peer, number + percentage, per document', byDoc.ms)}  (${byDoc.found} results)`,
);
const byLine = peer(docs.flatMap(split), seeds.flatMap(split));
console.log(`${line('peer, number + percentage, per line', byLine.ms)}  (${byLine.found} results)`);
// The engine once more after the peer: the load of the machine moves during a long run.
const engineAfter = best(
  5,
  () => undefined,
  () => docs.forEach((d) => extract(d)),
);
console.log(line('engine again, after the peer', engineAfter));
const engineBest = Math.min(engineMs, engineAfter);
const peerMs = Math.min(byDoc.ms, byLine.ms);
console.log(
  `engine ${mbps(engineBest).toFixed(1)} MB/s, peer ${mbps(peerMs).toFixed(2)} MB/s (its faster way): ` +
    `ratio ${(peerMs / engineBest).toFixed(1)}×  (goals: engine ≥ 20 MB/s, ≥ 30× the peer)`,
);
