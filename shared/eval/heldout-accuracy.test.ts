/**
 * The engine on held-out reports it was not written against (./heldout/README.md): other
 * provinces, cities, counties, zones and years, news items listing many places, Word-style
 * full-width text, PDF-wrapped lines, Markdown digests. Gold annotated by hand with the
 * conventions of ../../seeds/gold (the gold README), scored with the referee's rules; headline
 * targets are those of each document's own year.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract/index.ts';
import { toFactJson } from '../extract/fact-json.ts';
import { byDocYear, scoreFacts, scoreMeta, type GoldDoc, type PredFact } from './score.ts';

const DIR = join(import.meta.dirname, 'heldout');
const gold = JSON.parse(readFileSync(join(DIR, 'heldout.gold.json'), 'utf8')) as GoldDoc[];
const texts: Record<string, string> = {};
for (const d of gold) texts[d.doc] = readFileSync(join(DIR, d.doc), 'utf8');
const extractions = Object.fromEntries(Object.entries(texts).map(([doc, t]) => [doc, extract(t)]));
const preds: PredFact[] = Object.entries(extractions).flatMap(([doc, ex]) =>
  ex.facts.map((f) => toFactJson(doc, f)),
);
const options = { headlinePeriod: byDocYear(gold) };

// Measured (ENGINE_VERSION 0.7.33, 45 documents, 788 required facts of which 337 targets, 19
// optional): precision and recall 100% in both scopes; comparator, kind, period and entity 100%,
// indicator 388/389 (h05's 增速最快);
// headline targets 180/180; document entity, year and type 45/45. Metric phrases equal to the
// gold's, 734/788, and headline ids where the gold names none, 0, are reported by the
// eval, not tested (the gold leaves metrics unscored; the referee, indicators it does not name).
// The bars sit slightly below, so that a regression fails while a new hard case can be added.
// The bars (on the seeds): targets P/R ≥ 0.97, all ≥ 0.95, attributes ≥ 0.95, headline 100%.
describe('held-out reports against their hand-annotated gold', () => {
  it('has a gold that covers every text and is large enough to mean something', () => {
    expect(gold.length).toBeGreaterThanOrEqual(8);
    const required = gold.flatMap((d) => d.facts.filter((f) => !f.optional));
    expect(required.length).toBeGreaterThanOrEqual(40);
  });

  it.each(['targets', 'all'] as const)('scope %s keeps precision and recall ≥ 0.98', (scope) => {
    const r = scoreFacts(gold, texts, preds, scope, options);
    expect({ precision: r.precision >= 0.98, recall: r.recall >= 0.98 }).toEqual({
      precision: true,
      recall: true,
    });
  });

  it('gets every attribute of matched facts right at least 97% of the time', () => {
    const r = scoreFacts(gold, texts, preds, 'all', options);
    for (const [name, a] of Object.entries(r.attributes)) {
      expect({ name, rate: a.rate >= 0.97 }).toEqual({ name, rate: true });
    }
  });

  it('gets at least 97% of the headline targets right', () => {
    expect(scoreFacts(gold, texts, preds, 'targets', options).headline.rate).toBeGreaterThanOrEqual(
      0.97,
    );
  });

  it('reads entity, year and type of every document from its text', () => {
    const m = scoreMeta(
      gold,
      Object.entries(extractions).map(([doc, ex]) => ({ doc, ...ex.meta })),
    );
    expect([m.entity.rate, m.year.rate, m.type.rate]).toEqual([1, 1, 1]);
  });
});
