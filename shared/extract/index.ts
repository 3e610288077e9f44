/** Extraction engine: text of a report → document meta, sections and every figure as a fact. */
import type { ExtractedFact, Extraction, Section } from '../domain/fact.ts';
import { normalizeTransient, toOriginal, type Normalized, type Watch } from './normalize.ts';
import { detectMeta } from './meta.ts';
import { PLACE_TERM_FIRST, PLACE_TERM_SECOND } from '../catalog/places.ts';
import { splitParagraphs, type Paragraph } from './sections.ts';
import { FIGURE_FIRST, scanFigures, type Figure } from './figures.ts';
import {
  headingCue,
  leadCue,
  goalsCue,
  sentenceTimes,
  stripOpeners,
  timeBefore,
  wordingCue,
  hasTargetWords,
  type Context,
} from './period.ts';
import {
  completeFacts,
  qualitativeFacts,
  toFact,
  type FigureFact,
  type Previous,
  type Sentence,
} from './assemble.ts';
import { mayHedge } from './qualifiers.ts';
import { FigurePlaces, PLACE_CUES } from './entity.ts';
import { MatchCursor } from '../text/match-cursor.ts';
import { NO_SPANS, SpanCursor } from '../text/span-cursor.ts';
import { firstAtOrAfter } from '../text/sorted.ts';
import { findTables, type TextTable } from './tables.ts';
import { tableFacts } from './table-facts.ts';
import { withArabicYears } from './chinese-years.ts';

/** Bump when the output for the same text changes: stored documents are re-extracted. */
export const ENGINE_VERSION = '0.7.33';

export function extract(text: string): Extraction {
  try {
    return run(typeof text === 'string' ? text : '');
  } catch {
    return { meta: { entity: null, year: null, type: null }, sections: [], facts: [] };
  }
}

/** Words a qualitative target holds: none of them holds a sentence's end (。!? or a line break). */
const QUALITATIVE_HINT = /同步|正增长|任务|目标|要求/g;

/**
 * Where the scans after normalisation start, noted on normalisation's one pass: where a figure may
 * start (its characters, digits among them: the document's year is read there too); what a
 * figure's place is looked for by (clause marks and level words, where the document's
 * self-references are read too); where a place name may start (the first two characters of one).
 */
const WATCH: Watch = [FIGURE_FIRST, PLACE_CUES, [PLACE_TERM_FIRST, PLACE_TERM_SECOND]];

const BY_YEAR_LEAD = /^到\d{4}年/;

function run(text: string): Extraction {
  // Read with its years in Arabic digits (二〇二六年 → 2026年: the same offsets); quoted as written.
  const source = withArabicYears(text);
  const tables = findTables(source);
  const n = normalizeTransient(source, WATCH, tables.length ? spansOf(tables) : NO_SPANS);
  const s = n.text;
  const [starts, placeCues, placeStarts] = n.watched as [Int32Array, Int32Array, Int32Array];
  const meta = detectMeta(s, starts, placeCues, placeStarts);
  const year = meta.year;
  const isNews = meta.type === '新闻';
  // Where the tables stand in the normalised text: their rows are read by column, not as prose.
  const inTables = tables.length ? normalisedSpans(n, tables) : NO_SPANS;
  const paragraphs = splitParagraphs(s, inTables);
  const figures = scanFigures(s, starts);
  const splitter = new Sentences(n.sentenceEnds);
  // The sentence being read: one record, as nothing keeps it past its sentence.
  const sen: Sentence = { start: 0, end: 0 };
  const facts: ExtractedFact[] = [];
  const figureFacts: FigureFact[] = [];
  const places = new FigurePlaces(s, meta.entity, placeCues);
  const hints = new MatchCursor(QUALITATIVE_HINT, s);
  let state: Context = { kind: 'actual', period: year ? String(year - 1) : '' };
  // Until the text gives a structural cue, each sentence is read by its own wording.
  let cued = false;
  let fi = 0;
  // The places the paragraph's figures spoke of so far, in order, each once (三县 may count them).
  const named: string[] = [];

  let nextTable = 0; // the next table whose facts are to be read, as an index into inTables
  const inTable = new SpanCursor(inTables);
  for (const p of paragraphs) {
    // A table's facts are read at the paragraph it starts in, in the context the text gives there.
    for (; nextTable < inTables.length && (inTables[nextTable] as number) < p.end; nextTable += 2) {
      const around = cued ? state : wordingCue(s.slice(p.start, p.end), year);
      const setting = { year, entity: meta.entity, context: around, section: p.path };
      // A loop, not push(...): a table of many rows would pass too many arguments.
      for (const f of tableFacts(tables[nextTable >> 1] as TextTable, setting)) facts.push(f);
    }
    if (inTable.covers(p.start)) continue;
    named.length = 0;
    const hc = p.heading && year ? headingCue(p.heading.text, year) : null;
    if (hc) {
      state = hc;
      cued = true;
    }
    const bodyStart = p.heading ? Math.max(p.heading.end, p.start) : p.start;
    // Figures of a heading line itself: read as a sentence before the body's.
    const headingCount = p.heading && p.heading.end > p.start ? 1 : 0;
    const count = splitter.split(bodyStart, p.end, headingCount ? p.start : -1);
    const bounds = splitter.bounds;
    let leadIndex = -1;
    if (year) {
      for (let k = 0; k + headingCount < count && k < 2; k++) {
        const at = 2 * (k + headingCount);
        const body = stripOpeners(s.slice(bounds[at], bounds[at + 1]));
        if (!body || body === '!' || body === '！') continue;
        const cue = leadCue(body, year, isNews) ?? goalsCue(body, year);
        if (cue && !BY_YEAR_LEAD.test(stripOpeners(body))) {
          state = cue;
          cued = true;
        }
        leadIndex = k;
        // A first sentence without a time cue (a news item's dateline: 1月6日，X召开…会议) lets the
        // next one lead the paragraph (会议指出，过去一年，…).
        if (cue || !isDateline(body)) break;
      }
    }
    for (let k = 0; k < count; k++) {
      sen.start = bounds[2 * k] as number;
      sen.end = bounds[2 * k + 1] as number;
      const bodyK = k - headingCount;
      while (fi < figures.length && (figures[fi] as Figure).numStart < sen.start) fi++;
      // A sentence without figures yields facts only when it holds a qualitative target: its
      // context is read only when it has figures or may hold one.
      const hasFigures = fi < figures.length && (figures[fi] as Figure).numStart < sen.end;
      const hinted = hints.startsIn(sen.start, sen.end);
      if (!hasFigures && !hinted) continue;
      const sentence = s.slice(sen.start, sen.end);
      const cue = year && bodyK > leadIndex ? leadCue(sentence, year, isNews) : null;
      // A news item has no plan section: a sentence that sets a goal (全年，全市将力争…) says so itself.
      const ctx =
        cue ?? (cued && !(isNews && hasTargetWords(sentence)) ? state : wordingCue(sentence, year));
      // Times written inside the sentence date the figures after them (全市2022年…, 一季度…).
      const times = year && hasFigures ? sentenceTimes(s, sen.start, sen.end, year, isNews) : [];
      let prev: Previous | null = null;
      let cursor = sen.start;
      // A figure's hedge is read before it within its sentence: a sentence without one spares the search.
      const hedged = hasFigures && mayHedge(sentence);
      // …and its average over years (两年平均增长): a sentence without one spares every figure the look.
      const averaged = hasFigures && sentence.includes('年平均');
      while (fi < figures.length && (figures[fi] as Figure).numStart < sen.end) {
        const f = figures[fi++] as Figure;
        const figureCtx = (times.length > 0 && timeBefore(times, f.start)) || ctx;
        const r = toFact(n, f, sen, cursor, prev, figureCtx, p, hedged, averaged, named);
        cursor = f.end;
        if (!r) continue;
        facts.push(r.fact);
        figureFacts.push(r);
        prev = r;
        if (prev.place && !named.includes(prev.place)) named.push(prev.place);
      }
      if (ctx.kind === 'target' && hinted)
        facts.push(...qualitativeFacts(n, sen, ctx, p, meta.entity));
    }
  }
  completeFacts(s, figureFacts, places);
  // Facts come in text order but for the qualitative ones, which follow their sentence's figures.
  if (!inOrder(facts)) facts.sort(byPosition);
  for (const f of facts) f.quote = text.slice(f.start, f.end);
  return { meta, sections: sectionsOf(n, paragraphs), facts };
}

/** The tables' spans in the original, as [start, end) pairs. */
function spansOf(tables: readonly TextTable[]): number[] {
  return tables.flatMap((t) => [t.start, t.end]);
}

/**
 * The tables' spans in the normalised text, as [start, end) pairs: where their rows went (the first
 * normalised offsets whose originals are at or after theirs; the map ascends).
 */
function normalisedSpans(n: Normalized, tables: readonly TextTable[]): number[] {
  return tables.flatMap((t) => [firstAtOrAfter(n.map, t.start), firstAtOrAfter(n.map, t.end)]);
}

const byPosition = (a: ExtractedFact, b: ExtractedFact): number =>
  a.start - b.start || a.end - b.end;

function inOrder(facts: readonly ExtractedFact[]): boolean {
  for (let k = 1; k < facts.length; k++)
    if (byPosition(facts[k - 1] as ExtractedFact, facts[k] as ExtractedFact) > 0) return false;
  return true;
}

/** A news item's dateline opening a sentence: 1月6日，… (a 月 within its first 19 characters first). */
function isDateline(sentence: string): boolean {
  const month = sentence.indexOf('月');
  return month >= 0 && month <= 18 && DATELINE.test(sentence);
}
const DATELINE = /^[^，,。]{0,16}[0-9]{1,2}月[0-9]{1,2}日/;

/**
 * The sentences of the paragraphs, split where normalisation found a sentence end (。！？!?; a ；
 * keeps the sentence going: lead-ins such as 三年来 reach across it).
 */
class Sentences {
  private readonly ends: ArrayLike<number>;
  private next = 0;
  /**
   * The last split's sentences, [start, end) of the k-th at 2k and 2k + 1: reused, as a paragraph's
   * sentences are read before the next paragraph's are split (an object per sentence was garbage).
   */
  bounds = new Int32Array(64);

  constructor(ends: ArrayLike<number>) {
    this.ends = ends;
  }

  /**
   * Splits [start, end) into bounds, and returns how many sentences it holds; a heading line
   * starting at `heading` (−1 for none) and ending at `start` is the first. Spans must be asked for
   * in text order.
   */
  split(start: number, end: number, heading: number): number {
    let count = 0;
    if (heading >= 0) count = this.add(count, heading, start);
    const ends = this.ends;
    while (this.next < ends.length && (ends[this.next] as number) < start) this.next++;
    let a = start;
    while (this.next < ends.length && (ends[this.next] as number) < end) {
      const i = ends[this.next++] as number;
      count = this.add(count, a, i + 1);
      a = i + 1;
    }
    if (end > a) count = this.add(count, a, end);
    return count;
  }

  private add(count: number, start: number, end: number): number {
    if (2 * count + 2 > this.bounds.length) {
      const grown = new Int32Array(2 * this.bounds.length);
      grown.set(this.bounds);
      this.bounds = grown;
    }
    this.bounds[2 * count] = start;
    this.bounds[2 * count + 1] = end;
    return count + 1;
  }
}

function sectionsOf(n: Normalized, paragraphs: Paragraph[]): Section[] {
  const out: Section[] = [];
  for (const p of paragraphs) {
    if (!p.heading) continue;
    const [start] = toOriginal(n, p.start, p.start + 1);
    const last = out[out.length - 1];
    if (last) last.end = start;
    out.push({ path: p.path, start, end: n.map[n.map.length - 1] ?? 0 });
  }
  return out;
}
