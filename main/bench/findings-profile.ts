/**
 * node main/bench/findings-profile.ts --db DIR/bench.sqlite [--out findings.tsv] [--json]
 * Computes the findings over an index (as the 审计发现 view does: every check, once) and prints
 * the time, the CPU time, peak RSS and the count per type; --json prints them as one JSON line
 * (the findings step of bench:index runs this in a process of its own, so the peak is the
 * computation's); --out writes every finding's key and a digest of its content, sorted, so two
 * versions of the engine can be compared finding for finding over a kept benchmark index
 * (npm run bench:index -- --keep).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/open-database.ts';
import { createFindingsService } from '../findings/findings-service.ts';
import { mb } from './stats.ts';

export interface FindingsRun {
  seconds: number;
  cpuSeconds: number;
  peakRss: number;
  total: number;
  byType: Record<string, number>;
}

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
if (!values.db) throw new Error('--db FILE is required');
const db = await openDatabase(values.db);
const service = createFindingsService(db);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const list = service.list({});
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const run: FindingsRun = {
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  // The process's peak: the computation runs synchronously, so no timer could sample it.
  peakRss: process.resourceUsage().maxRSS * 1024,
  total: list.total,
  byType: list.counts.type,
};
if (values.json) console.log(JSON.stringify(run));
else {
  console.log(
    `findings: ${run.total} in ${seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s), peak RSS ${mb(run.peakRss)}`,
  );
  console.log(`  by type: ${JSON.stringify(list.counts.type)}`);
  console.log(`  by severity: ${JSON.stringify(list.counts.severity)}`);
}
if (values.out) {
  const lines = list.findings.map((f) => {
    const { review: _review, ...finding } = f;
    const digest = createHash('sha1').update(JSON.stringify(finding)).digest('hex').slice(0, 16);
    return `${f.key}\t${digest}`;
  });
  writeFileSync(values.out, lines.sort().join('\n') + '\n');
  console.log(`  wrote ${lines.length} keys to ${values.out}`);
}
db.close();
