/**
 * Scores predicted facts against a gold annotation with the referee's rules
 * (../shared/tools/score-facts.mjs): a prediction matches a gold fact when doc, value, value_max and
 * unit are equal and the spans overlap; matching is one-to-one in gold order; optional gold facts
 * are neutral; precision counts predictions of the scope's kinds in documents the gold covers;
 * attribute accuracy is over matched pairs (indicator only where the gold names one).
 */
import { HEADLINE_IDS } from '../catalog/indicators.ts';

/** The referee's headline ids: the catalog's. */
export const HEADLINE_INDICATORS = HEADLINE_IDS;

export const ATTRIBUTES = ['comparator', 'kind', 'period', 'indicator', 'entity'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];
export type Scope = 'targets' | 'all';

export interface GoldFact {
  indicator: string | null;
  metric?: string;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  comparator: string;
  kind: string;
  period: string | null;
  quote: string;
  entity?: string | null;
  optional?: boolean;
}

export interface GoldDoc {
  doc: string;
  entity: string | null;
  year?: number | null;
  type?: string | null;
  facts: GoldFact[];
}

/** One line of `duibiao facts --format jsonl` (extra fields are ignored). */
export interface PredFact {
  doc: string;
  entity: string | null;
  indicator: string | null;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  comparator: string;
  kind: string;
  period: string | null;
  start: number;
  end: number;
  quote?: string;
  metric?: string;
}

export interface Rate {
  ok: number;
  of: number;
  rate: number;
}

export interface LocatedGold extends GoldFact {
  doc: string;
  entity: string | null;
  start: number;
  end: number;
}

export interface ScoreResult {
  scope: Scope;
  gold: number;
  optional: number;
  predicted: number;
  matched: number;
  neutral: number;
  precision: number;
  recall: number;
  f1: number;
  attributes: Record<Attribute, Rate>;
  headline: Rate;
  /**
   * Matched pairs whose metric phrase equals the gold's (not a referee attribute: the gold README
   * leaves metric unscored, so this is reported, never gated).
   */
  metric: Rate;
  /** Matched pairs whose metric differs from the gold's. */
  metricDiffs: { gold: LocatedGold; pred: PredFact }[];
  /**
   * Matched pairs given a headline indicator where the gold names none (规上工业总产值增长 taken for
   * industrial value added): the referee scores the indicator only where the gold names one, so
   * these are reported, never gated.
   */
  headlineOnNone: { gold: LocatedGold; pred: PredFact }[];
  missed: LocatedGold[];
  unmatched: PredFact[];
  /** Matched pairs whose attribute differs from the gold. */
  wrong: { attribute: Attribute; gold: LocatedGold; pred: PredFact }[];
}

const sameNum = (a: number | null | undefined, b: number | null | undefined): boolean =>
  (a == null && b == null) || (a != null && b != null && Math.abs(Number(a) - Number(b)) < 1e-9);

const rate = (ok: number, of: number): Rate => ({ ok, of, rate: of ? ok / of : 1 });

/** Gold facts of the scope, located in their documents. Throws when a quote is not in its text. */
export function locateGold(
  gold: GoldDoc[],
  texts: Readonly<Record<string, string>>,
  scope: Scope,
): LocatedGold[] {
  const kinds = scope === 'targets' ? ['target'] : ['target', 'actual'];
  const out: LocatedGold[] = [];
  for (const d of gold) {
    const text = texts[d.doc];
    if (text === undefined) throw new Error(`no text for ${d.doc}`);
    for (const f of d.facts) {
      if (!kinds.includes(f.kind)) continue;
      const at = text.indexOf(f.quote);
      if (at < 0) throw new Error(`gold quote not found in ${d.doc}: ${f.quote}`);
      out.push({
        ...f,
        doc: d.doc,
        entity: f.entity ?? d.entity,
        start: at,
        end: at + f.quote.length,
      });
    }
  }
  return out;
}

export interface ScoreOptions {
  /**
   * Period of the headline targets per document. The referee's is '2023' for every document (the
   * seeds' year); reports of other years pass their own (byDocYear).
   */
  headlinePeriod?: (doc: string) => string;
}

/** Headline period = the year the gold gives for each document (else the referee's '2023'). */
export function byDocYear(gold: readonly GoldDoc[]): (doc: string) => string {
  const years = new Map(gold.map((d) => [d.doc, d.year]));
  return (doc) => {
    const y = years.get(doc);
    return y ? String(y) : '2023';
  };
}

export function scoreFacts(
  gold: GoldDoc[],
  texts: Readonly<Record<string, string>>,
  preds: readonly PredFact[],
  scope: Scope = 'all',
  options: ScoreOptions = {},
): ScoreResult {
  const headlinePeriod = options.headlinePeriod ?? (() => '2023');
  const kinds = scope === 'targets' ? ['target'] : ['target', 'actual'];
  const goldFacts = locateGold(gold, texts, scope);
  const goldDocs = new Set(gold.map((d) => d.doc));
  const scored = preds.filter((p) => goldDocs.has(p.doc) && kinds.includes(p.kind));
  const overlaps = (p: PredFact, g: LocatedGold): boolean => p.start < g.end && g.start < p.end;

  const used = new Set<number>();
  const pairs: [LocatedGold, PredFact][] = [];
  const required = goldFacts.filter((g) => !g.optional);
  for (const g of required) {
    const i = scored.findIndex(
      (p, k) =>
        !used.has(k) &&
        p.doc === g.doc &&
        sameNum(p.value, g.value) &&
        sameNum(p.value_max, g.value_max) &&
        (p.unit ?? null) === (g.unit ?? null) &&
        overlaps(p, g),
    );
    if (i >= 0) {
      used.add(i);
      pairs.push([g, scored[i] as PredFact]);
    }
  }
  const optional = goldFacts.filter((g) => g.optional);
  const neutral = new Set<number>();
  scored.forEach((p, i) => {
    if (!used.has(i) && optional.some((g) => g.doc === p.doc && overlaps(p, g))) neutral.add(i);
  });

  const wrong: ScoreResult['wrong'] = [];
  const attributes = {} as Record<Attribute, Rate>;
  for (const a of ATTRIBUTES) {
    const rel = pairs.filter(([g]) => a !== 'indicator' || g.indicator != null);
    let ok = 0;
    for (const [g, p] of rel) {
      if ((g[a] ?? null) === (p[a] ?? null)) ok++;
      else wrong.push({ attribute: a, gold: g, pred: p });
    }
    attributes[a] = rate(ok, rel.length);
  }
  const headlineGold = required.filter(
    (g) =>
      g.kind === 'target' &&
      g.period === headlinePeriod(g.doc) &&
      (HEADLINE_INDICATORS as readonly string[]).includes(g.indicator ?? ''),
  );
  const headlineOk = headlineGold.filter((g) =>
    pairs.some(
      ([gg, p]) => gg === g && p.indicator === g.indicator && p.comparator === g.comparator,
    ),
  );
  const withMetric = pairs.filter(([g, p]) => g.metric && p.metric !== undefined);
  const metricDiffs = withMetric
    .filter(([g, p]) => g.metric !== p.metric)
    .map(([gold, pred]) => ({ gold, pred }));
  const headlineOnNone = pairs
    .filter(
      ([g, p]) =>
        g.indicator == null &&
        (HEADLINE_INDICATORS as readonly string[]).includes(p.indicator ?? ''),
    )
    .map(([gold, pred]) => ({ gold, pred }));
  const matchedGold = new Set(pairs.map(([g]) => g));
  const judged = scored.length - neutral.size;
  const precision = judged ? pairs.length / judged : 0;
  const recall = required.length ? pairs.length / required.length : 0;
  return {
    scope,
    gold: required.length,
    optional: optional.length,
    predicted: scored.length,
    matched: pairs.length,
    neutral: neutral.size,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    attributes,
    headline: rate(headlineOk.length, headlineGold.length),
    metric: rate(withMetric.length - metricDiffs.length, withMetric.length),
    metricDiffs,
    headlineOnNone,
    missed: required.filter((g) => !matchedGold.has(g)),
    unmatched: scored.filter((_, i) => !used.has(i) && !neutral.has(i)),
    wrong,
  };
}

export interface MetaPrediction {
  doc: string;
  entity: string | null;
  year: number | null;
  type: string | null;
}

/** Document-level accuracy: entity, year and type against the gold's document fields. */
export function scoreMeta(
  gold: GoldDoc[],
  metas: readonly MetaPrediction[],
): Record<'entity' | 'year' | 'type', Rate> {
  const byDoc = new Map(metas.map((m) => [m.doc, m]));
  const count = (field: 'entity' | 'year' | 'type'): Rate => {
    const rel = gold.filter((d) => d[field] !== undefined);
    const ok = rel.filter((d) => (byDoc.get(d.doc)?.[field] ?? null) === (d[field] ?? null)).length;
    return rate(ok, rel.length);
  };
  return { entity: count('entity'), year: count('year'), type: count('type') };
}
