/** Builds facts from figures and qualitative targets: metric, indicator, entity, offsets. */
import type { ExtractedFact } from '../domain/fact.ts';
import { matchIndicator } from '../catalog/match-indicator.ts';
import { toOriginal, type Normalized } from './normalize.ts';
import type { Paragraph } from './sections.ts';
import type { Figure } from './figures.ts';
import type { Context } from './period.ts';
import {
  clauseBefore,
  cleanMetric,
  distribution,
  inheritSubject,
  shareSubject,
  topicOf,
  type Distribution,
} from './metric.ts';
import { findHedge } from './qualifiers.ts';
import { normalizeUnit } from './units.ts';
import { qualitativeIn } from './qualitative.ts';
import { leadingPlace, namedPlace } from './entity.ts';
import { isPolicyName } from './not-facts.ts';

export interface Sentence {
  start: number;
  end: number;
}

export interface Previous {
  metric: string;
  dist: Distribution | null;
  unit: string;
  /** What the indicator was matched on. */
  forIndicator: string;
  /** The place the figure's clause started with (潍坊市增长…), or ''. */
  place: string;
}

/** A clause that only joins a figure to the one before it: 分别增长5.2%和6.8%. */
const CONNECTOR_ONLY = /^(和|与|及|以及|或)$/;

export function toFact(
  n: Normalized,
  f: Figure,
  sen: Sentence,
  floor: number,
  prev: Previous | null,
  ctx: Context,
  p: Paragraph,
  docEntity: string | null,
): { fact: ExtractedFact; previous: Previous } | null {
  const s = n.text;
  const clause = clauseBefore(s, f.start, Math.max(floor, sen.start));
  const raw = s.slice(clause.start, clause.end);
  if (f.unit === '条') {
    const long = clauseBefore(s, f.start, sen.start, 200);
    if (isPolicyName(s.slice(long.start, f.start), f.unit)) return null;
  }
  let metric = cleanMetric(raw);
  let forIndicator = raw || metric;
  if (prev && (clause.boundary === '、' || clause.start === clause.end)) {
    metric = shareSubject(clause.start === clause.end ? '' : metric, prev.metric);
  }
  const place = leadingPlace(metric);
  let inherited = prev ? inheritSubject(metric, prev.metric, place, prev.place) : null;
  if (!inherited && place) {
    const topic = topicOf(s.slice(sen.start, Math.min(sen.end, sen.start + 40)));
    if (topic) inherited = inheritSubject(metric, topic, place);
  }
  if (inherited) metric = forIndicator = inherited;
  else if (prev && CONNECTOR_ONLY.test(raw) && prev.unit === f.unit) {
    metric = prev.metric;
    forIndicator = prev.forIndicator;
  }
  // 分别: the first figure takes the first subject of the list, the next ones (after 、) the rest.
  let dist = raw.includes('分别') ? distribution(s, f.start, Math.max(floor, sen.start)) : null;
  if (dist) metric = forIndicator = (dist.subjects[0] as string) + dist.predicate;
  else if (prev?.dist && clause.start === clause.end && clause.boundary === '、') {
    const d = prev.dist;
    if (d.next < d.subjects.length) {
      metric = forIndicator = (d.subjects[d.next] as string) + d.predicate;
      dist = { ...d, next: d.next + 1 };
    }
  }
  const indicator = matchIndicator(forIndicator, { unit: f.unit });
  const [start, end] = toOriginal(n, f.start, f.end);
  const [sentenceStart, sentenceEnd] = toOriginal(n, sen.start, sen.end);
  const norm = normalizeUnit(f.value, f.unit);
  // 到2025年…达到3%: a horizon written in the clause itself.
  const horizon = /^(力争|预计|计划|争取|确保)?到(\d{4})年/.exec(s.slice(clause.start, f.start));
  const kind = horizon ? 'target' : ctx.kind;
  const period = horizon ? (horizon[2] as string) : ctx.period || null;
  const fact: ExtractedFact = {
    entity: figureEntity(s, clause.start, sen.start, raw, docEntity),
    indicator,
    metric,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    normValue: norm.normValue,
    normUnit: norm.normUnit,
    comparator: f.comparator,
    hedge: findHedge(s.slice(Math.max(sen.start, f.start - 60), f.start)),
    kind,
    period,
    start,
    end,
    quote: '',
    section: p.path,
    sentenceStart,
    sentenceEnd,
  };
  return { fact, previous: { metric, dist, unit: f.unit, forIndicator, place } };
}

const CLAUSE_BREAK = new Uint8Array(65536);
const SEGMENT_BREAK = new Uint8Array(65536);
for (const c of '，,') CLAUSE_BREAK[c.charCodeAt(0)] = 1;
for (const c of '；;:：\n') SEGMENT_BREAK[c.charCodeAt(0)] = 1;

/**
 * The figure's own clause decides its place; a clause that names none takes the subject of the
 * nearest clause before it in the same part of the sentence (up to a ；): 青岛市实现生产总值…，增长3.9%.
 */
function figureEntity(
  s: string,
  clauseStart: number,
  sentenceStart: number,
  raw: string,
  docEntity: string | null,
): string | null {
  const own = namedPlace(raw, docEntity);
  if (own !== null) return own || docEntity;
  let end = clauseStart - 1;
  const floor = Math.max(sentenceStart, clauseStart - 160);
  for (let hops = 0; hops < 6 && end > floor; hops++) {
    if (SEGMENT_BREAK[s.charCodeAt(end)]) break;
    let k = end - 1;
    while (k >= floor && !CLAUSE_BREAK[s.charCodeAt(k)] && !SEGMENT_BREAK[s.charCodeAt(k)]) k--;
    const clause = s.slice(k + 1, end);
    const named = namedPlace(clause, docEntity);
    if (named !== null) return named || docEntity;
    end = k;
  }
  return docEntity;
}

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
    const c = s[i];
    if (
      i < sen.end &&
      c !== '，' &&
      c !== ',' &&
      c !== '；' &&
      c !== ';' &&
      c !== ':' &&
      c !== '：' &&
      c !== '。'
    )
      continue;
    if (i > cs) {
      const q = qualitativeIn(s.slice(cs, i), cs);
      if (q) {
        const [start, end] = toOriginal(n, q.start, q.end);
        const [sentenceStart, sentenceEnd] = toOriginal(n, sen.start, sen.end);
        out.push({
          entity: docEntity,
          indicator: q.indicator,
          metric: q.metric,
          value: q.value,
          valueMax: null,
          unit: q.unit,
          normValue: q.value,
          normUnit: q.unit,
          comparator: q.comparator,
          hedge: null,
          kind: ctx.kind,
          period: ctx.period || null,
          start,
          end,
          quote: '',
          section: p.path,
          sentenceStart,
          sentenceEnd,
        });
      }
    }
    cs = i + 1;
  }
  return out;
}
