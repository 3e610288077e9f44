/** Builds facts from figures and qualitative targets: metric, indicator, entity, offsets. */
import type { ExtractedFact } from '../domain/fact.ts';
import { matchIndicator } from '../catalog/match-indicator.ts';
import { originalEnd, originalStart, type Normalized } from './normalize.ts';
import type { Paragraph } from './sections.ts';
import type { Figure } from './figures.ts';
import { averagedPeriod, type Context } from './period.ts';
import { clauseBefore } from './metric.ts';
import { metricOf, type Previous } from './metric-of-figure.ts';
import { findHedge } from './qualifiers.ts';
import { normValueIn, unitNorm } from './units.ts';
import { QUALITATIVE_ENDS, qualitativeFact, qualitativeIn } from './qualitative.ts';
import type { FigurePlaces } from './entity.ts';
import { isPolicyName } from './not-facts.ts';
import { tidyMetric } from './metric-tidy.ts';
import { charSet, inSet } from '../text/char-set.ts';

export type { Previous } from './metric-of-figure.ts';

export interface Sentence {
  start: number;
  end: number;
}

/** 到2025年 opening a clause, after at most a two-character hedge word. */
const HORIZON = /^(力争|预计|计划|争取|确保)?到(\d{4})年/;
const TO = '到'.charCodeAt(0);

/**
 * A figure's fact as the pass over the sentences leaves it, with what completeFacts reads to fill
 * in the rest (entity, indicator, tidied metric, hedge), and what the metric chain of the sentence
 * carries to the next figure (Previous: one record per figure, not two).
 */
export interface FigureFact extends Previous {
  fact: ExtractedFact;
  clauseStart: number;
  clauseEnd: number;
  sentenceStart: number;
  /** The subject a 分别 list gives the figure, or ''. */
  listSubject: string;
  /** The place that subject opens with, or ''. */
  listPlace: string;
  /** Where the figure's hedge word is looked for from, or −1 when its sentence has none. */
  hedgeFrom: number;
  /** Where the figure starts in the normalised text. */
  figureStart: number;
  /** The place the metric opens with (leadingPlace), or ''. */
  metricPlace: string;
}

export function toFact(
  n: Normalized,
  f: Figure,
  sen: Sentence,
  floor: number,
  prev: Previous | null,
  ctx: Context,
  p: Paragraph,
  /** Whether the sentence holds a hedge word at all (mayHedge). */
  hedged: boolean,
  /** Whether the sentence holds an average over years (年平均) at all. */
  averaged: boolean,
  /** The places the paragraph's figures spoke of before this one, in order, each once. */
  named: readonly string[],
): FigureFact | null {
  const s = n.text;
  const clause = clauseBefore(s, f.start, Math.max(floor, sen.start));
  if (f.unit === '条') {
    const long = clauseBefore(s, f.start, sen.start, 200);
    if (isPolicyName(s.slice(long.start, f.start), f.unit)) return null;
  }
  const { metric, listSubject, listPlace, forIndicator, place, noun, dist, metricPlace } = metricOf(
    s,
    f,
    sen,
    clause,
    floor,
    prev,
    named,
  );
  const norm = unitNorm(f.unit);
  // 到2025年…达到3%: a horizon written in the clause itself.
  const horizon =
    s.charCodeAt(clause.start) === TO || s.charCodeAt(clause.start + 2) === TO
      ? HORIZON.exec(s.slice(clause.start, f.start))
      : null;
  const kind = horizon ? 'target' : ctx.kind;
  const period = horizon
    ? (horizon[2] as string)
    : averaged && ctx.period
      ? averagedPeriod(s, clause.start, f.start, ctx.period)
      : ctx.period || null;
  const fact: ExtractedFact = {
    entity: null,
    indicator: null,
    metric,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    normValue: normValueIn(f.value, norm),
    normUnit: norm.base,
    comparator: f.comparator,
    hedge: null,
    kind,
    period,
    start: originalStart(n, f.start),
    end: originalEnd(n, f.start, f.end),
    quote: '',
    section: p.path,
    sentenceStart: originalStart(n, sen.start),
    sentenceEnd: originalEnd(n, sen.start, sen.end),
  };
  return {
    fact,
    metric,
    dist,
    unit: f.unit,
    forIndicator,
    place,
    noun,
    figure: f,
    clauseStart: clause.start,
    clauseEnd: clause.end,
    sentenceStart: sen.start,
    listSubject,
    listPlace,
    hedgeFrom: hedged ? Math.max(sen.start, f.start - 60) : -1,
    figureStart: f.start,
    metricPlace,
  };
}

/**
 * Fills in what toFact left of a document's figure facts (in text order), one pass over all of
 * them per field, so that each pass finds its tables and code in the caches: run per figure,
 * between the metric chain's steps, they measured ~2% more of the whole extraction (in-process
 * A/B, medians of 40 passes over 270 seeds). The places are asked in text order, as FigurePlaces
 * wants.
 */
export function completeFacts(
  s: string,
  figures: readonly FigureFact[],
  places: FigurePlaces,
): void {
  for (const g of figures)
    g.fact.entity =
      (g.listPlace && places.ofPlace(g.listPlace)) ||
      (g.listSubject && places.ofSubject(g.listSubject)) ||
      (g.metricPlace && places.ofTownship(g.metricPlace)) ||
      places.of(g.clauseStart, g.clauseEnd, g.sentenceStart);
  // One options record, its unit set for each figure: matching keeps none of it.
  const options: { unit: string | null } = { unit: null };
  for (const g of figures) {
    options.unit = g.fact.unit;
    g.fact.indicator = matchIndicator(g.forIndicator, options);
  }
  for (const g of figures)
    g.fact.metric = tidyMetric(g.fact.metric, g.fact.value, g.fact.unit, g.metricPlace);
  for (const g of figures)
    if (g.hedgeFrom >= 0) g.fact.hedge = findHedge(s.slice(g.hedgeFrom, g.figureStart));
}

const QUALITATIVE_CLAUSE_END = charSet('，,；;:：。');

export function qualitativeFacts(
  n: Normalized,
  sen: Sentence,
  ctx: Context,
  p: Paragraph,
  docEntity: string | null,
): ExtractedFact[] {
  const s = n.text;
  const out: ExtractedFact[] = [];
  let cs = sen.start;
  for (let i = sen.start; i <= sen.end; i++) {
    if (i < sen.end && !inSet(QUALITATIVE_CLAUSE_END, s.charCodeAt(i))) continue;
    // Every qualitative target ends its clause with one of its words (同步, 任务, 正增长 …).
    if (i > cs && inSet(QUALITATIVE_ENDS, s.charCodeAt(i - 1))) {
      const q = qualitativeIn(s.slice(cs, i), cs);
      if (q) {
        out.push(
          qualitativeFact(q, {
            entity: docEntity,
            kind: ctx.kind,
            period: ctx.period || null,
            start: originalStart(n, q.start),
            end: originalEnd(n, q.start, q.end),
            section: p.path,
            sentenceStart: originalStart(n, sen.start),
            sentenceEnd: originalEnd(n, sen.start, sen.end),
          }),
        );
      }
    }
    cs = i + 1;
  }
  return out;
}
