/**
 * Normalisation with an offset map back to the original text: full-width ASCII → half-width,
 * Markdown emphasis (`**`) dropped, spaces inside Chinese text dropped (PDF `增长 12.3%`, `企 业`),
 * and lines broken mid-sentence (PDF/Word wraps) joined.
 */
import { FRAGMENT, IS_TERMINAL, LineStats, columns, shouldJoin, type Wrap } from './line-wrap.ts';
import { opensWithHeadingMark } from './sections.ts';
import {
  MAPPED,
  IS_END,
  IS_SPACE_OR_STAR,
  NEWLINE,
  SPACE,
  STAR,
  begin,
  finish,
  lastWritten,
  put,
  putPlain,
  tableFor,
  type Watch,
} from './normalize-output.ts';
import { decodeUtf16 } from '../text/utf16.ts';
import { charSet, inSet } from '../text/char-set.ts';
import { NO_SPANS, SpanCursor } from '../text/span-cursor.ts';

export type { Watch } from './normalize-output.ts';

export interface Normalized {
  /** Normalised text; '\n' separates paragraphs. */
  text: string;
  /** map[i] = offset in the original of normalised char i; map[text.length] = original length. */
  map: Int32Array;
  /** Offsets in `text` of the marks that end a sentence (。!?), ascending: read on the way. */
  sentenceEnds: Int32Array;
  /**
   * Per list normalize was told to watch (see Watch): the offsets in `text` of its characters, or
   * of its pairs' first characters, ascending.
   */
  watched: Int32Array[];
}

const NO_WATCH: Watch = [];
const ENDED: Measure = { length: 0, width: 0, last: 0 };
const MARKS = '，,。、；;：:！？!?';
/** A fragment of one to three characters closed by a comma: a clause's opening (今年，). */
const LEAD_IN = new RegExp(`^[^${MARKS}]{1,3}[，,]`);
/** …or by 、 after a title: a list's first item (青溪县、). */
const LEAD_IN_AFTER_TITLE = new RegExp(`^[^${MARKS}]{1,3}[，,、]`);
const PUNCTUATED = new RegExp(`[${MARKS}]`);

/**
 * Whether the line original[first, last), a fragment (see shouldJoin), opens a paragraph: after a
 * blank line, or after the text's first line (`afterFirst`: original[headFrom, headTo)) when that
 * is a title (no punctuation: a short line with some is a sentence's wrapped start).
 */
function opensAfter(
  original: string,
  first: number,
  last: number,
  blankBefore: boolean,
  afterFirst: boolean,
  headFrom: number,
  headTo: number,
): boolean {
  if (blankBefore && LEAD_IN.test(headOf(original, first, last))) return true;
  return (
    afterFirst &&
    !PUNCTUATED.test(original.slice(headFrom, headTo)) &&
    LEAD_IN_AFTER_TITLE.test(headOf(original, first, last))
  );
}
const isAsciiWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * One line of the original, [start, end) without its newline; [first, last) is its content,
 * spaces of every kind trimmed.
 */
interface Line {
  start: number;
  end: number;
  first: number;
  last: number;
  /** The line measured, when it was measured for the wrap width (see wrapOf), or null. */
  measured: Measure | null;
  /** Whether the line is only a page's number (see isPageMark). */
  pageMark: boolean;
}

/**
 * A page's number on a line of its own, as PDF and Word exports leave it between the lines of a
 * sentence (— 2 —, - 12 -, 第3页, 第 3 页 共 20 页): no part of the text.
 */
const PAGE_MARK =
  /^(?:[—－\-–]+\s*[0-9０-９]{1,4}\s*[—－\-–]+|第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，/]?\s*共\s*[0-9０-９]{1,4}\s*页)?)$/;
const PAGE_MARK_FIRST = charSet('—－-–第');
const isPageMark = (original: string, first: number, last: number): boolean =>
  last - first <= 16 &&
  inSet(PAGE_MARK_FIRST, original.charCodeAt(first)) &&
  PAGE_MARK.test(original.slice(first, last));

function readLines(original: string): Line[] {
  const out: Line[] = [];
  const len = original.length;
  for (let start = 0; start <= len;) {
    const nl = original.indexOf('\n', start);
    const end = nl < 0 ? len : nl;
    let first = start;
    while (first < end && MAPPED[original.charCodeAt(first)] === SPACE) first++;
    let last = end;
    while (last > first && MAPPED[original.charCodeAt(last - 1)] === SPACE) last--;
    out.push({
      start,
      end,
      first,
      last,
      measured: null,
      pageMark: isPageMark(original, first, last),
    });
    start = end + 1;
  }
  return out;
}

/** Whether original[i, to) opens with a Markdown `**` (a pair of characters mapping to '*'). */
const isStarPair = (original: string, i: number, to: number): boolean =>
  i + 1 < to &&
  MAPPED[original.charCodeAt(i)] === STAR &&
  MAPPED[original.charCodeAt(i + 1)] === STAR;

/**
 * Where the content of original[from, to) starts once `**` pairs and spaces are passed over (pairs
 * read left to right, as Markdown pairs them), or `to` when nothing else is left.
 */
function contentStart(original: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    if (isStarPair(original, i, to)) i += 2;
    else if (MAPPED[original.charCodeAt(i)] === SPACE) i++;
    else break;
  }
  return i;
}

/** The first 12 characters of original[from, to), mapped, without spaces and `**` pairs. */
function headOf(original: string, from: number, to: number): string {
  // Mostly the characters are written as they are: the head is then a slice, not built a
  // character at a time.
  const upTo = Math.min(to, from + 12);
  let plain = from;
  while (plain < upTo) {
    const c = original.charCodeAt(plain);
    if (MAPPED[c] !== c || c === SPACE || c === STAR) break;
    plain++;
  }
  if (plain === upTo) return original.slice(from, upTo);
  let s = '';
  for (let i = from; i < to && s.length < 12; i++) {
    if (isStarPair(original, i, to)) {
      i++;
      continue;
    }
    const c = MAPPED[original.charCodeAt(i)] as number;
    if (c !== SPACE) s += String.fromCharCode(c);
  }
  return s;
}

/** A line's length in characters and in display columns, and its last character but stars. */
interface Measure {
  length: number;
  width: number;
  last: number;
}

/**
 * original[from, to) measured as it was wrapped: its characters but spaces, `**` pairs among them
 * (a hard wrap counts what is written; spaces may be a PDF layer's own).
 */
function measure(original: string, from: number, to: number): Measure {
  let length = 0;
  let width = 0;
  let last = 0;
  for (let i = from; i < to; i++) {
    const c = MAPPED[original.charCodeAt(i)] as number;
    if (c === SPACE) continue;
    length++;
    width += columns(c);
    if (c !== STAR) last = c;
  }
  return { length, width, last };
}

/** Wrap width of the text: line lengths as measure counts them. */
function wrapOf(original: string, lines: Line[]): Wrap {
  const stats = new LineStats();
  for (const line of lines) {
    if (line.first === line.last || line.pageMark) continue;
    // A line ending a sentence counts as a line and nothing more (a final mark is never '*': it stays).
    if (IS_TERMINAL[MAPPED[original.charCodeAt(line.last - 1)] as number]) {
      stats.addEnded();
      continue;
    }
    const m = measure(original, line.first, line.last);
    line.measured = m;
    stats.add(m.length, m.width, m.last);
  }
  return stats.wrap();
}

/**
 * `watch`: up to two sets of characters the scans after normalisation look for (where a place
 * name or a figure may start, where a clause ends): noted on this pass, which reads every
 * character anyway, they need no pass of their own.
 */
export function normalize(original: string, watch: Watch = NO_WATCH): Normalized {
  const n = normalizeTransient(original, watch);
  return {
    ...n,
    map: n.map.slice(),
    sentenceEnds: n.sentenceEnds.slice(),
    watched: n.watched.map((w) => w.slice()),
  };
}

/**
 * normalize, with `map`, `sentenceEnds` and `watched` as views of buffers the next call reuses: for
 * a caller that is done with them before it normalises again (extract). A document's map and
 * offsets are as long as its text; allocating them afresh for every document cost ~5% of
 * extraction.
 */
export function normalizeTransient(
  original: string,
  watch: Watch = NO_WATCH,
  /** [start, end) pairs of spans, ascending, whose lines are joined to no other (a table's rows). */
  apart: ArrayLike<number> = NO_SPANS,
): Normalized {
  const len = original.length;
  const kept = new SpanCursor(apart);
  let prevApart = false;
  const lines = readLines(original);
  const wrapAt = wrapOf(original, lines);
  const table = tableFor(watch);
  begin();
  let prevLast = 0; // last non-space code of the logical line written so far
  let prevLength = 0; // its content length
  let prevWidth = 0; // its display width (CJK 2 columns, ASCII 1), read while it goes on
  let pendingBreak = -1; // origin of the newline owed before the next content
  let headFrom = 0; // content of the first line of the logical line written so far
  let headTo = 0;
  let blankBefore = false; // a blank line stands between the line written last and this one
  let written = 0; // logical lines written so far
  for (const line of lines) {
    // A page's number stands between two lines of the text as if it were not there.
    if (line.pageMark) continue;
    const last = line.last;
    // A line of nothing but spaces and `**` pairs adds nothing, not even a break.
    const first = contentStart(original, line.first, last);
    if (first === last) {
      blankBefore = true;
      continue;
    }
    // Only a line after one ending mid-sentence may join it (its first characters decide).
    const isApart = kept.covers(line.start);
    const join =
      pendingBreak >= 0 &&
      !isApart &&
      !prevApart &&
      !IS_TERMINAL[prevLast] &&
      shouldJoin(prevLast, prevLength, prevWidth, headOf(original, first, last), wrapAt);
    // After a blank line, a fragment that opens a clause (今年，一季度，) is a paragraph's lead-in
    // (发布日期：… / (blank) / 一季度，…); one that ends a sentence still closes the line before
    // (PDF exports leave blank lines between wrapped lines: 取得重大突 / (blank) / 破。). So is one
    // right after the text's title, its first line when short and unpunctuated, or a list's first
    // item there (临川市一季度经济运行情况 / 一季度，… or 青溪县、鹿鸣县…).
    const joined =
      join === FRAGMENT
        ? !opensAfter(original, first, last, blankBefore, written === 1, headFrom, headTo) &&
          !opensWithHeadingMark(headOf(original, headFrom, headTo))
        : join;
    blankBefore = false;
    if (pendingBreak >= 0 && !joined) put(NEWLINE, pendingBreak, table[NEWLINE] as number);
    // Characters of the line that are not content: spaces (one may be kept) and `**` pairs.
    for (let i = first; i < last; i++) {
      const x = table[original.charCodeAt(i)] as number;
      // Most characters are neither a space, a star nor a sentence end: copied a run at a time.
      if ((x & (IS_SPACE_OR_STAR | IS_END)) === 0) {
        i = putPlain(original, i, last, table) - 1;
        continue;
      }
      if ((x & IS_SPACE_OR_STAR) !== 0) {
        if ((x & 0xffff) === STAR) {
          if (isStarPair(original, i, last)) {
            i++;
            continue;
          }
        } else {
          // A run of spaces (and `**` pairs within it): one space is kept only between two
          // ASCII words (2023 2024 stays apart).
          let k = i + 1;
          for (;;) {
            if (k < last && MAPPED[original.charCodeAt(k)] === SPACE) k++;
            else if (isStarPair(original, k, last)) k += 2;
            else break;
          }
          if (
            k < last &&
            isAsciiWord(lastWritten()) &&
            isAsciiWord(MAPPED[original.charCodeAt(k)] as number)
          )
            put(SPACE, i, 0);
          i = k - 1;
          continue;
        }
      }
      put(x & 0xffff, i, x);
    }
    prevApart = isApart;
    prevLast = lastWritten();
    // A line is measured only while it goes on (no final punctuation): a line after one that
    // ends is never joined to it. Such a line was measured for the wrap width already (wrapOf).
    const m = IS_TERMINAL[prevLast]
      ? ENDED
      : (line.measured ?? measure(original, line.first, last));
    if (!joined) {
      headFrom = first;
      headTo = last;
      written++;
    }
    prevLength = joined ? prevLength + m.length : m.length;
    prevWidth = joined ? prevWidth + m.width : m.width;
    pendingBreak = line.end < len ? line.end : -1;
  }
  const out = finish(len);
  return {
    text: decodeUtf16(out.codes),
    map: out.map,
    sentenceEnds: out.ends,
    watched: [out.watchedA, out.watchedB, out.watchedC],
  };
}

/** Original span of normalised [start, end). */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  return [originalStart(n, start), originalEnd(n, start, end)];
}

/** toOriginal's two ends, one at a time: a caller building many spans allocates no pair for each. */
export const originalStart = (n: Normalized, start: number): number => n.map[start] ?? 0;
export const originalEnd = (n: Normalized, start: number, end: number): number =>
  end > start ? (n.map[end - 1] ?? 0) + 1 : originalStart(n, start);
