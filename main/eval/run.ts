/**
 * `npm run eval`: extracts the seeds, scores them against seeds/gold/seeds.gold.json with the
 * referee's rules and prints, per document, the missed and unmatched facts and wrong attributes.
 * The held-out reports: `node main/eval/run.ts --heldout`.
 *
 *   node main/eval/run.ts [--scope targets|all] [--gold FILE] [--docs DIR] [--heldout] [--json]
 *     [--metrics]   also list the metric phrases that differ from the gold's
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../../shared/extract/index.ts';
import { toFactJson } from '../../shared/extract/fact-json.ts';
import {
  byDocYear,
  scoreFacts,
  scoreMeta,
  type GoldDoc,
  type Scope,
} from '../../shared/eval/score.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
};
const root = resolve(import.meta.dirname, '../..');
const heldout = process.argv.includes('--heldout');
const docsDir = arg('docs', heldout ? join(root, 'shared/eval/heldout') : join(root, 'seeds'));
const goldFile = arg(
  'gold',
  heldout ? join(docsDir, 'heldout.gold.json') : join(docsDir, 'gold/seeds.gold.json'),
);
const scopes: Scope[] = process.argv.includes('--scope')
  ? [arg('scope', 'all') as Scope]
  : ['targets', 'all'];

const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldDoc[];
const texts: Record<string, string> = {};
for (const f of readdirSync(docsDir).filter((n) => n.endsWith('.txt'))) {
  texts[f] = readFileSync(join(docsDir, f), 'utf8');
}
const t0 = performance.now();
const extractions = Object.entries(texts).map(([doc, text]) => ({ doc, ex: extract(text) }));
const ms = performance.now() - t0;
const preds = extractions.flatMap(({ doc, ex }) => ex.facts.map((f) => toFactJson(doc, f)));
// Headline targets are those of each document's own year (2023 for every seed, as the referee).
const options = { headlinePeriod: byDocYear(gold) };
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify(
      scopes.map((s) => scoreFacts(gold, texts, preds, s, options)),
      null,
      2,
    ),
  );
} else {
  const meta = scoreMeta(
    gold,
    extractions.map(({ doc, ex }) => ({ doc, ...ex.meta })),
  );
  console.log(
    `documents ${extractions.length} in ${ms.toFixed(0)} ms; meta entity ${meta.entity.ok}/${meta.entity.of}, year ${meta.year.ok}/${meta.year.of}, type ${meta.type.ok}/${meta.type.of}`,
  );
  for (const { doc, ex } of extractions) {
    const g = gold.find((d) => d.doc === doc);
    const flag =
      g && (g.entity !== ex.meta.entity || g.year !== ex.meta.year || g.type !== ex.meta.type);
    console.log(
      `  ${doc}: ${ex.meta.entity} ${ex.meta.year} ${ex.meta.type}${flag ? `  ≠ gold ${g.entity} ${g.year} ${g.type}` : ''}`,
    );
  }
  for (const scope of scopes) {
    const r = scoreFacts(gold, texts, preds, scope, options);
    console.log(
      `\nscope ${scope}: gold ${r.gold} (+${r.optional} optional), predicted ${r.predicted}, matched ${r.matched}, on optional ${r.neutral}`,
    );
    console.log(`precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}`);
    for (const [k, v] of Object.entries(r.attributes))
      console.log(`  ${k.padEnd(10)} ${v.ok}/${v.of} ${pct(v.rate)}`);
    console.log(`headline targets right: ${r.headline.ok}/${r.headline.of}`);
    console.log(
      `metric phrase as the gold's (reported, not scored): ${r.metric.ok}/${r.metric.of} ${pct(r.metric.rate)}`,
    );
    console.log(
      `headline indicator where the gold names none (reported, not scored): ${r.headlineOnNone.length}`,
    );
    for (const { gold: g, pred: p } of r.headlineOnNone)
      console.log(`    indicator  ${g.quote}: gold none, got ${p.indicator}  (${g.doc})`);
    if (process.argv.includes('--metrics'))
      for (const { gold: g, pred: p } of r.metricDiffs)
        console.log(`    metric     ${g.quote}: gold ${g.metric}, got ${p.metric}`);
    for (const doc of Object.keys(texts).sort()) {
      const missed = r.missed.filter((g) => g.doc === doc);
      const unmatched = r.unmatched.filter((p) => p.doc === doc);
      const wrong = r.wrong.filter((w) => w.gold.doc === doc);
      if (!missed.length && !unmatched.length && !wrong.length) continue;
      console.log(`  ${doc}`);
      for (const g of missed)
        console.log(`    missed     ${g.quote} (${g.value}${g.unit ?? ''} ${g.kind} ${g.period})`);
      for (const p of unmatched)
        console.log(`    unmatched  ${p.quote} (${p.value}${p.unit ?? ''} ${p.kind} ${p.period})`);
      for (const w of wrong) {
        console.log(
          `    ${w.attribute.padEnd(10)} ${w.gold.quote}: gold ${String(w.gold[w.attribute])}, got ${String(w.pred[w.attribute])}`,
        );
      }
    }
  }
}
