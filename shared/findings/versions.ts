/**
 * Version differences: two documents of the same entity and year that are largely the same text
 * (a digest and the full report, a draft and the final). Passages are aligned, then every place
 * where a number, a unit or a wording differs is listed with both sides marked. Not listed:
 * punctuation and whitespace, a passage the shorter version leaves out, words it only drops
 * (a digest shortening a sentence) unless a figure goes with them, and text that only moved.
 */
import { finding, groupBy } from './common.ts';
import { indexTrigrams, type TrigramIndex } from './trigrams.ts';
import {
  alignPassages,
  diffHunks,
  isPunct,
  normalise,
  gramsOf,
  passages,
  stripPunct,
  type Hunk,
  type Normalised,
  type Passage,
} from './text-diff.ts';
import type { DiffSide, Finding, FindingsDocument } from './types.ts';

/** Share of the shorter text (in aligned passages) that makes two documents versions of one. */
const MIN_ALIGNED_SHARE = 0.25;
const MIN_ALIGNED_PASSAGES = 3;
/** Share of aligned passages that must be identical (the seed digest keeps 12 of 27). */
const MIN_IDENTICAL_SHARE = 1 / 3;
/** At most this many differences are listed for one pair of documents. */
const MAX_PER_PAIR = 200;
/** A dropped or added run this long that occurs nearby on the other side only moved. */
const MOVED_MIN = 4;
const MOVED_WINDOW = 300;
const CONTEXT = 3;
/** A short passage without a sentence end is a heading or a title. */
const HEADING = 40;
const isHeading = (s: string) => s.length <= HEADING && !/[。!?;]$/.test(s);

const DIGEST_TYPE = /摘|要点|简本|节选/;
const DIGIT = /[0-9]/;
const NUMERAL = /[〇零一二三四五六七八九十百千万亿两]/;
const UNIT =
  /^(%|‰|个百分点|[万亿千百]?(元|美元|人|户|个|家|项|所|座|吨|亩|公里|平方米|米|千瓦|张|辆|列|件|名|人次))$/;

export type PairCache = Map<string, Finding[]>;

/**
 * Once this many differences are listed for one entity and year, its remaining pairs are not
 * compared (a pair is always listed whole, up to MAX_PER_PAIR). An entity-year has one report,
 * or a report and its digest or draft: one or a few pairs. A group of many largely identical
 * documents (reports of several places the index gives one entity) would otherwise make the
 * work, and the list, grow with the square of its size.
 */
export const MAX_PER_GROUP = 200;

export function findVersionDifferences(
  input: { documents: readonly FindingsDocument[]; text: (documentId: number) => string },
  cache?: PairCache,
): Finding[] {
  const out: Finding[] = [];
  for (const docs of versionGroups(input.documents).values())
    for (const f of groupVersions(docs, input.text, cache)) out.push(f);
  return out;
}

/** Documents that may be versions of one another: one entity's of one year, in id order. */
export function versionGroups(
  documents: readonly FindingsDocument[],
): Map<string, FindingsDocument[]> {
  const groups = groupBy(
    documents.filter((d) => d.entity && d.year),
    (d) => `${d.entity}\u0000${d.year}`,
  );
  for (const [key, docs] of groups)
    if (docs.length < 2) groups.delete(key);
    else docs.sort((x, y) => x.id - y.id);
  return groups;
}

/** The differences between every two versions in one group (of versionGroups). */
export function groupVersions(
  sorted: readonly FindingsDocument[],
  text: (documentId: number) => string,
  cache?: PairCache,
): Finding[] {
  const out: Finding[] = [];
  const ready = new Map<number, Prepared>();
  const prepared = (id: number) => {
    let p = ready.get(id);
    if (!p) ready.set(id, (p = prepare(text(id))));
    return p;
  };
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (out.length >= MAX_PER_GROUP) return out;
      const a = sorted[i]!;
      const b = sorted[j]!;
      const key = `${a.id}:${b.id}:${a.entity}:${a.year}:${a.type}:${b.type}`;
      let found = cache?.get(key);
      if (!found) {
        // Versions keep passages word for word: two texts sharing none are not aligned.
        const pa = prepared(a.id);
        const pb = prepared(b.id);
        found = sharePassage(pa, pb) ? compareVersions(a, b, pa, pb) : [];
        cache?.set(key, found);
      }
      for (const f of found) out.push(f);
    }
  }
  return out;
}

/** The shorter version (a digest, else clearly the shorter text) goes on the left. */
function orient(
  a: FindingsDocument,
  b: FindingsDocument,
  aLength: number,
  bLength: number,
): { left: FindingsDocument; right: FindingsDocument; leftIsShort: boolean } {
  const aDigest = DIGEST_TYPE.test(a.type ?? '');
  const bDigest = DIGEST_TYPE.test(b.type ?? '');
  if (aDigest !== bDigest)
    return aDigest
      ? { left: a, right: b, leftIsShort: true }
      : { left: b, right: a, leftIsShort: true };
  if (aLength < 0.8 * bLength) return { left: a, right: b, leftIsShort: true };
  if (bLength < 0.8 * aLength) return { left: b, right: a, leftIsShort: true };
  return { left: a, right: b, leftIsShort: false };
}

/**
 * A text normalised and cut into passages, once per document however many pairs it is in; the
 * passages' trigrams are found, and indexed, only for a pair that shares a passage.
 */
export interface Prepared {
  text: string;
  n: Normalised;
  passages: Passage[];
  /** Its passages' words, to see at once whether two texts share any passage. */
  bodies: Set<string>;
  /** Its passages' trigrams, indexed once when it is first on the right of a pair. */
  index?: TrigramIndex;
}

export function prepare(text: string): Prepared {
  const n = normalise(text);
  const list = passages(n);
  return { text, n, passages: list, bodies: new Set(list.map((p) => p.body)) };
}

/**
 * Whether two texts share a passage word for word. Versions always do (at least a third of their
 * aligned passages are identical), so two texts sharing none need not be aligned.
 */
export function sharePassage(a: Prepared, b: Prepared): boolean {
  const [small, large] = a.bodies.size <= b.bodies.size ? [a, b] : [b, a];
  for (const body of small.bodies) if (large.bodies.has(body)) return true;
  return false;
}

export function compareVersions(
  a: FindingsDocument,
  b: FindingsDocument,
  textA: string | Prepared,
  textB: string | Prepared,
): Finding[] {
  const pa = typeof textA === 'string' ? prepare(textA) : textA;
  const pb = typeof textB === 'string' ? prepare(textB) : textB;
  const o = orient(a, b, a.length ?? pa.n.codePoints, b.length ?? pb.n.codePoints);
  const [lP, rP] = o.left === a ? [pa, pb] : [pb, pa];
  const lText = lP.text;
  const rText = rP.text;
  const L = lP.n;
  const R = rP.n;
  const lp = lP.passages;
  const rp = rP.passages;
  const chain = alignPassages(lp, rp, (rP.index ??= indexTrigrams(rp.map(gramsOf))));
  const aligned = chain.reduce((n, p) => n + (lp[p.a]!.end - lp[p.a]!.start), 0);
  const shorter = Math.min(L.s.length, R.s.length);
  if (chain.length < MIN_ALIGNED_PASSAGES || aligned < MIN_ALIGNED_SHARE * shorter) return [];
  // Versions of one text keep most passages word for word; two reports that share a template
  // but differ in most aligned passages are different texts, not versions.
  const identical = chain.filter((p) => lp[p.a]!.body === rp[p.b]!.body).length;
  if (identical < MIN_IDENTICAL_SHARE * chain.length) return [];

  const out: Finding[] = [];
  const seen = new Map<string, number>();
  for (const pair of chain) {
    const lp0 = lp[pair.a]!;
    const rp0 = rp[pair.b]!;
    const ls = L.s.slice(lp0.start, lp0.end);
    const rs = R.s.slice(rp0.start, rp0.end);
    if (out.length >= MAX_PER_PAIR) break;
    for (const h of diffHunks(ls, rs)) {
      const lChanged = ls.slice(h.aStart, h.aEnd);
      const rChanged = rs.slice(h.bStart, h.bEnd);
      const lWords = stripPunct(lChanged);
      const rWords = stripPunct(rChanged);
      if (lWords === rWords) continue; // punctuation only
      if (cutShort(ls, rs, h)) continue;
      const kind = classify(lChanged, rChanged, ls, h);
      // Headings and titles are reworded freely between versions: only their figures count.
      if (kind === 'wording' && (isHeading(ls) || isHeading(rs))) continue;
      if (!lWords || !rWords) {
        const present = lWords || rWords;
        const other = lWords ? R : L;
        const at = lWords ? rp0.start + h.bStart : lp0.start + h.aStart;
        if (present.length >= MOVED_MIN && occursNear(other.s, present, at)) continue;
        // The shorter version only dropped words: a digest shortening a sentence.
        if (o.leftIsShort && !lWords && kind === 'wording') continue;
      }
      const left = side(o.left.id, lText, L, lp0.start, lp0.end, h.aStart, h.aEnd);
      const right = side(o.right.id, rText, R, rp0.start, rp0.end, h.bStart, h.bEnd);
      const base = [
        o.left.entity,
        o.left.year,
        contextKey(ls, h.aStart, h.aEnd),
        contextKey(rs, h.bStart, h.bEnd),
      ].join('|');
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      out.push(
        finding({
          keyParts: [
            o.left.entity,
            o.left.year,
            contextKey(ls, h.aStart, h.aEnd),
            contextKey(rs, h.bStart, h.bEnd),
            ...(n > 1 ? [n] : []),
          ],
          type: 'version',
          severity: kind === 'wording' ? 'low' : 'high',
          outcome: 'differs',
          entities: [o.left.entity],
          titleId: 'version.title',
          explanationId: 'version.explanation',
          params: {
            entity: o.left.entity ?? '',
            year: o.left.year ?? '',
            what: `@${kind}`,
            left: left.changed,
            right: right.changed,
            leftDoc: o.left.name,
            rightDoc: o.right.name,
            matched: chain.length,
          },
          evidence: [evidenceOf(left, lText, 'left'), evidenceOf(right, rText, 'right')],
          diff: { left, right, kind },
        }),
      );
    }
  }
  return out;
}

function classify(l: string, r: string, context: string, h: Hunk): 'number' | 'unit' | 'wording' {
  if (DIGIT.test(l) || DIGIT.test(r)) return 'number';
  if (NUMERAL.test(l) && NUMERAL.test(r) && stripPunct(l).length <= 3 && stripPunct(r).length <= 3)
    return 'number';
  const before = context[h.aStart - 1] ?? '';
  if (DIGIT.test(before) && (UNIT.test(l) || UNIT.test(r))) return 'unit';
  return 'wording';
}

/**
 * A passage one version continues beyond where the other stops (a page break, 下转三页): the
 * hunk runs to the start or end of both passages and one side is far longer than the other.
 */
function cutShort(ls: string, rs: string, h: Hunk): boolean {
  const atEnd = stripPunct(ls.slice(h.aEnd)) === '' && stripPunct(rs.slice(h.bEnd)) === '';
  const atStart = h.aStart === 0 && h.bStart === 0;
  if (!atEnd && !atStart) return false;
  const l = stripPunct(ls.slice(h.aStart, h.aEnd)).length;
  const r = stripPunct(rs.slice(h.bStart, h.bEnd)).length;
  return Math.max(l, r) >= 12 && Math.min(l, r) * 3 <= Math.max(l, r);
}

function occursNear(s: string, words: string, at: number): boolean {
  const from = Math.max(0, at - MOVED_WINDOW);
  const window = stripPunct(s.slice(from, at + MOVED_WINDOW + words.length));
  return window.includes(words);
}

/** The changed run with a little context, as a key part (normalised, so stable). */
function contextKey(s: string, start: number, end: number): string {
  const [cs, ce] = withContext(s, start, end);
  return s.slice(cs, ce);
}

function withContext(s: string, start: number, end: number): [number, number] {
  let cs = start;
  while (cs > 0 && start - cs < CONTEXT && !isPunct(s[cs - 1]!)) cs--;
  let ce = end;
  while (ce < s.length && ce - end < CONTEXT && !isPunct(s[ce]!)) ce++;
  return [cs, ce];
}

/** Offsets in the original text of a [start, end) range of the normalised one. */
function original(n: Normalised, start: number, end: number): [number, number] {
  if (end > start) return [n.map[start]!, n.map[end - 1]! + 1];
  const at = start < n.map.length ? n.map[start]! : (n.map[n.map.length - 1] ?? -1) + 1;
  return [at, at];
}

function side(
  documentId: number,
  text: string,
  n: Normalised,
  pStart: number,
  pEnd: number,
  hStart: number,
  hEnd: number,
): DiffSide {
  const [start, end] = original(n, pStart, pEnd);
  const [ms, me] = original(n, pStart + hStart, pStart + hEnd);
  const ps = n.s.slice(pStart, pEnd);
  const [cs, ce] = withContext(ps, hStart, hEnd);
  const [os, oe] = original(n, pStart + cs, pStart + ce);
  return {
    documentId,
    start,
    end,
    text: text.slice(start, end),
    marks: [[ms - start, me - start]],
    changed: text.slice(os, oe),
  };
}

function evidenceOf(s: DiffSide, text: string, role: string) {
  const [ms, me] = s.marks[0]!;
  // An empty side (words only on the other) points at the context around the gap.
  const start = ms === me ? s.start + Math.max(0, ms - CONTEXT) : s.start + ms;
  const end = ms === me ? s.start + Math.min(s.text.length, me + CONTEXT) : s.start + me;
  return {
    documentId: s.documentId,
    start,
    end,
    quote: text.slice(start, end),
    sentenceStart: s.start,
    sentenceEnd: s.end,
    sentence: s.text,
    role,
  };
}
