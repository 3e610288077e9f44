/**
 * Child process for the crash test: imports COUNT new reports (seed texts made unique) into DB,
 * one transaction each, until the test kills it.   node crash-child.ts DB COUNT
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../paths.ts';
import { openCore } from '../service/open-core.ts';

const [dbPath, count] = process.argv.slice(2);
const seeds = readdirSync(paths.seeds)
  .filter((n) => n.endsWith('.txt'))
  .map((n) => readFileSync(join(paths.seeds, n), 'utf8'));
const run = `${process.pid}-${Date.now()}`;
const sources = Array.from({ length: Number(count) }, (_, i) => ({
  kind: 'bytes' as const,
  name: `crash-${run}-${i}.txt`,
  base64: Buffer.from(`${seeds[i % seeds.length]}\n附：第${i}份（${run}）。`).toString('base64'),
}));
const core = await openCore({ dbPath: dbPath!, seedDir: null });
process.stdout.write('ready\n');
await core.api.importFiles({ sources });
core.close();
process.stdout.write('finished\n');
