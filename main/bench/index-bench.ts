/**
 * npm run bench:index [-- --docs 33000]
 * Generates a synthetic corpus, indexes it through the real import path (worker thread, one
 * transaction per file), then times compare, search and the findings over it. Baselines in the
 * same run: extraction alone (no database) for indexing, a LIKE scan for search, one SELECT of
 * all facts for the findings.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../../shared/extract/index.ts';
import { searchPathFor } from '../db/search-db.ts';
import { paths } from '../paths.ts';
import { openCore } from '../service/open-core.ts';
import { findingsStep } from './findings-step.ts';
import { mb, ms, percentile, rssSampler, timeEach } from './stats.ts';
import { random, writeSyntheticCorpus } from './synthetic-corpus.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
  },
});
const docs = Number(values.docs);
const GOALS = { docsPerSecond: 200, compareP95: 50, searchP95: 200, peakRss: 600 * 1024 * 1024 };
const work = mkdtempSync(join(tmpdir(), 'duibiao-bench-'));
const corpus = join(work, 'corpus');
const dbPath = join(work, 'bench.sqlite');
const line = (label: string, value: string) => console.log(`  ${label.padEnd(34)} ${value}`);

try {
  console.log(
    `bench:index — ${docs} synthetic reports (seed sentences recombined with other places, years, figures)`,
  );
  const { bytes } = writeSyntheticCorpus(paths.seeds, corpus, docs);
  line('corpus', `${docs} files, ${mb(bytes)}`);

  // Baseline: the engine alone on a sample, no database, no worker.
  const sample = readdirSync(corpus)
    .slice(0, Math.min(docs, 500))
    .map((n) => readFileSync(join(corpus, n), 'utf8'));
  const t0 = performance.now();
  for (const text of sample) extract(text);
  const extractOnly = sample.length / ((performance.now() - t0) / 1000);

  const core = await openCore({ dbPath, seedDir: null });
  const rss = rssSampler();
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  const report = await core.api.importFiles({ sources: [{ kind: 'path', path: corpus }] });
  const seconds = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const coresBusy = (cpu.user + cpu.system) / 1e6 / seconds;
  const peak = rss.stop();
  const dbBytes = [dbPath, searchPathFor(dbPath)]
    .flatMap((file) => [file, `${file}-wal`])
    .reduce((n, file) => n + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
  const docsPerSecond = report.imported / seconds;
  console.log('indexing');
  line('imported / errors', `${report.imported} / ${report.errors}`);
  line(
    'throughput',
    `${docsPerSecond.toFixed(0)} docs/s, ${mb(bytes / seconds)}/s (goal ≥ ${GOALS.docsPerSecond} docs/s: ${(docsPerSecond / GOALS.docsPerSecond).toFixed(2)}×)`,
  );
  line(
    'CPU time per document',
    `${((cpu.user + cpu.system) / 1000 / report.imported).toFixed(2)} ms (${coresBusy.toFixed(2)} of ${availableParallelism()} cores busy)`,
  );
  line(
    'baseline: extraction alone',
    `${extractOnly.toFixed(0)} docs/s on one core (indexing = ${(docsPerSecond / extractOnly).toFixed(2)}× of it)`,
  );
  line(
    'peak RSS',
    `${mb(peak)} (goal ≤ ${mb(GOALS.peakRss)}: ${(peak / GOALS.peakRss).toFixed(2)}×)`,
  );
  line(
    'database size (with search index)',
    `${mb(dbBytes)} (${(dbBytes / bytes).toFixed(2)}× the text)`,
  );

  const rand = random(7);
  const options = await core.api.compareOptions({});
  const entities = options.entities.filter((e) => e.documentCount > 0).map((e) => e.name);
  const views = options.views.slice(0, 20);
  const compareQueries = Array.from({ length: 200 }, () => {
    const view = views[Math.floor(rand() * views.length)]!;
    const start = Math.floor(rand() * Math.max(1, entities.length - 4));
    return { period: view.period, kind: view.kind, entities: entities.slice(start, start + 4) };
  });
  const cmp: number[] = [];
  for (const q of compareQueries) {
    const t = performance.now();
    await core.api.compare(q);
    cmp.push(performance.now() - t);
  }
  console.log('compare (a parent-sized set of 4 entities, one period and kind)');
  line(
    'p50 / p95',
    `${ms(percentile(cmp, 50))} / ${ms(percentile(cmp, 95))} (goal p95 ≤ ${GOALS.compareP95} ms: ${(percentile(cmp, 95) / GOALS.compareP95).toFixed(2)}×)`,
  );

  const terms = [
    '投资',
    '人才',
    '才',
    '地区生产总值',
    '固定资产投资',
    '高质量发展',
    '营商环境',
    '城镇新增就业',
    '一般公共预算收入',
    '5G',
    '专精特新',
    '消费',
    '新能源汽车',
    '碳达峰',
    '乡村振兴',
    '中欧班列',
  ];
  const searchQueries = Array.from({ length: 200 }, (_, i) => terms[i % terms.length]!);
  const found: number[] = [];
  const srch: number[] = [];
  for (const query of searchQueries) {
    const t = performance.now();
    found.push((await core.api.search({ query, limit: 50 })).length);
    srch.push(performance.now() - t);
  }
  core.close();
  const raw = new Database(dbPath, { readonly: true });
  const like = timeEach(terms, (q) =>
    raw.prepare('SELECT id FROM documents WHERE text LIKE ? LIMIT 50').all(`%${q}%`),
  );
  const likeFull = timeEach(terms.slice(0, 4), (q) =>
    raw.prepare('SELECT count(*) FROM documents WHERE text LIKE ?').get(`%${q}%`),
  );
  raw.close();
  console.log(`search (${terms.length} terms of 1–6 characters, 50 hits a page)`);
  line(
    'p50 / p95',
    `${ms(percentile(srch, 50))} / ${ms(percentile(srch, 95))} (goal p95 ≤ ${GOALS.searchP95} ms: ${(percentile(srch, 95) / GOALS.searchP95).toFixed(2)}×)`,
  );
  line(
    'baseline: LIKE over texts, 50 docs',
    `${ms(percentile(like, 50))} / ${ms(percentile(like, 95))}`,
  );
  line('baseline: LIKE over texts, all', `${ms(percentile(likeFull, 50))} median`);
  line('hits per query (mean)', (found.reduce((a, b) => a + b, 0) / found.length).toFixed(1));

  findingsStep(dbPath, line);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
