/**
 * Normalisation with an offset map back to the original text: full-width ASCII → half-width,
 * Markdown emphasis (`**`) dropped, spaces inside Chinese text dropped (PDF `增长 12.3%`, `企 业`),
 * and lines broken mid-sentence (PDF/Word wraps) joined.
 */
import { IS_TERMINAL, LineStats, columns, shouldJoin, type Wrap } from './line-wrap.ts';
import { inSet, type CharSet } from '../text/char-set.ts';

export interface Normalized {
  /** Normalised text; '\n' separates paragraphs. */
  text: string;
  /** map[i] = offset in the original of normalised char i; map[text.length] = original length. */
  map: Int32Array;
  /** Offsets in `text` of the marks that end a sentence (。!?), ascending: read on the way. */
  sentenceEnds: Int32Array;
  /** Per set normalize was told to watch: the offsets in `text` of its characters, ascending. */
  watched: Int32Array[];
}

const SPACE = 32;
const NEWLINE = 10;
const STAR = 42;

function mapCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000 || c === 0xa0 || c === 13 || c === 9 || c === 0x200b || c === 0xfeff)
    return SPACE;
  return c;
}

/** mapCode of every code unit, read from a table. */
const MAPPED = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) MAPPED[c] = mapCode(c);
/** A code unit's mapped code (low 16 bits) and what the main pass must do with it (the flags). */
const IS_END = 1 << 16;
const IS_SPACE_OR_STAR = 1 << 17;
/** Bits 18 and 19: the character is in the first, the second watched set. */
const WATCHED_BIT = 18;
const INFO = new WeakMap<Watch, Int32Array>();
/** Up to two sets of characters whose offsets normalize notes (see normalize). */
export type Watch = readonly [CharSet?, CharSet?];
/** The code-unit table for the sets watched: MAPPED with the flags above. */
function infoFor(watch: Watch): Int32Array {
  let table = INFO.get(watch);
  if (!table) {
    table = new Int32Array(65536);
    for (let c = 0; c < 65536; c++) {
      const m = MAPPED[c] as number;
      table[c] =
        m |
        (isSentenceEnd(m) ? IS_END : 0) |
        (m === SPACE || m === STAR ? IS_SPACE_OR_STAR : 0) |
        (watch[0] && inSet(watch[0], m) ? 1 << WATCHED_BIT : 0) |
        (watch[1] && inSet(watch[1], m) ? 1 << (WATCHED_BIT + 1) : 0);
    }
    INFO.set(watch, table);
  }
  return table;
}
const NO_WATCH: Watch = [];
const isAsciiWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** 。!? (！？ map to !?): where sentences end. */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 33 || c === 63;

let scratch = {
  out: new Uint16Array(0),
  ends: new Int32Array(0),
  watchedA: new Int32Array(0),
  watchedB: new Int32Array(0),
  map: new Int32Array(0),
};

/**
 * One line of the original, [start, end) without its newline; [first, last) is its content,
 * spaces of every kind trimmed.
 */
interface Line {
  start: number;
  end: number;
  first: number;
  last: number;
}

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
    out.push({ start, end, first, last });
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

/** Display width of original[from, to), every character mapped. */
function widthOf(original: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) w += columns(MAPPED[original.charCodeAt(i)] as number);
  return w;
}

/** Wrap width of the text: line lengths without spaces, counted on the mapped characters. */
function wrapOf(original: string, lines: Line[]): Wrap {
  const stats = new LineStats();
  for (const line of lines) {
    if (line.first === line.last) continue;
    // A line ending a sentence counts as a line and nothing more (a final mark is never '*': it stays).
    if (IS_TERMINAL[MAPPED[original.charCodeAt(line.last - 1)] as number]) {
      stats.addEnded();
      continue;
    }
    // The characters normalisation keeps (`**` pairs dropped), counted without spaces.
    let length = 0;
    let width = 0;
    let last = 0;
    for (let i = line.start; i < line.end; i++) {
      const c = MAPPED[original.charCodeAt(i)] as number;
      if (isStarPair(original, i, line.end)) i++;
      else if (c !== SPACE) {
        length++;
        width += columns(c);
        last = c;
      }
    }
    stats.add(length, width, last);
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
 * extraction. Sentence ends are written to a buffer too, not pushed to an array that grows.
 */
export function normalizeTransient(original: string, watch: Watch = NO_WATCH): Normalized {
  const len = original.length;
  // Scratch buffers are reused across calls (normalize is synchronous).
  if (scratch.out.length < len) {
    const size = Math.max(len, 2 * scratch.out.length);
    scratch = {
      out: new Uint16Array(size),
      ends: new Int32Array(size),
      watchedA: new Int32Array(size),
      watchedB: new Int32Array(size),
      map: new Int32Array(size + 1),
    };
  }
  const lines = readLines(original);
  const wrapAt = wrapOf(original, lines);
  const { out, ends, watchedA, watchedB } = scratch;
  const outMap = scratch.map;
  let ne = 0;
  let wa = 0;
  let wb = 0;
  const info = infoFor(watch);
  let o = 0;
  let prevLast = 0; // last non-space code of the logical line written so far
  let prevLength = 0; // its content length
  let prevWidth = 0; // its display width (CJK 2 columns, ASCII 1), read while it goes on
  let pendingBreak = -1; // origin of the newline owed before the next content
  for (const line of lines) {
    const last = line.last;
    // A line of nothing but spaces and `**` pairs adds nothing, not even a break.
    const first = contentStart(original, line.first, last);
    if (first === last) continue;
    // Only a line after one ending mid-sentence may join it (its first characters decide).
    const joined =
      pendingBreak >= 0 &&
      !IS_TERMINAL[prevLast] &&
      shouldJoin(prevLast, prevLength, prevWidth, headOf(original, first, last), wrapAt);
    if (pendingBreak >= 0 && !joined) {
      const x = info[NEWLINE] as number;
      watchedA[wa] = o;
      wa += (x >>> WATCHED_BIT) & 1;
      watchedB[wb] = o;
      wb += (x >>> (WATCHED_BIT + 1)) & 1;
      out[o] = NEWLINE;
      outMap[o++] = pendingBreak;
    }
    // Characters of the line that are not content: spaces (one may be kept) and `**` pairs.
    let dropped = 0;
    for (let i = first; i < last; i++) {
      const x = info[original.charCodeAt(i)] as number;
      // Most characters are neither a space, a star nor a sentence end: one test sends them to a
      // copy of the stores below. Kept apart from those, normalisation measured 17.3 → 16.3 ms
      // per 270 seeds; sharing them under one branch, no faster than before.
      if ((x & (IS_SPACE_OR_STAR | IS_END)) === 0) {
        watchedA[wa] = o;
        wa += (x >>> WATCHED_BIT) & 1;
        watchedB[wb] = o;
        wb += (x >>> (WATCHED_BIT + 1)) & 1;
        out[o] = x & 0xffff;
        outMap[o++] = i;
        continue;
      }
      if ((x & IS_SPACE_OR_STAR) !== 0) {
        if ((x & 0xffff) === STAR) {
          if (isStarPair(original, i, last)) {
            i++;
            dropped += 2;
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
            o > 0 &&
            isAsciiWord(out[o - 1] as number) &&
            isAsciiWord(MAPPED[original.charCodeAt(k)] as number)
          ) {
            out[o] = SPACE;
            outMap[o++] = i;
          }
          dropped += k - i;
          i = k - 1;
          continue;
        }
      }
      if ((x & IS_END) !== 0) ends[ne++] = o;
      // Without a branch: the offset is always written, and kept when the character is watched.
      watchedA[wa] = o;
      wa += (x >>> WATCHED_BIT) & 1;
      watchedB[wb] = o;
      wb += (x >>> (WATCHED_BIT + 1)) & 1;
      out[o] = x & 0xffff;
      outMap[o++] = i;
    }
    prevLast = out[o - 1] as number;
    const contentLength = last - first - dropped;
    // A width is read only while the line goes on (no final punctuation); every character
    // dropped is one column wide.
    const contentWidth = IS_TERMINAL[prevLast] ? 0 : widthOf(original, first, last) - dropped;
    prevLength = joined ? prevLength + contentLength : contentLength;
    prevWidth = joined ? prevWidth + contentWidth : contentWidth;
    pendingBreak = line.end < len ? line.end : -1;
  }
  outMap[o] = len;
  return {
    text: decode(out, o),
    map: outMap.subarray(0, o + 1),
    sentenceEnds: ends.subarray(0, ne),
    watched: [watchedA.subarray(0, wa), watchedB.subarray(0, wb)],
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** The platform's UTF-16 decoder (Node, browsers), read off globalThis: shared/ declares no DOM. */
const Decoder = (
  globalThis as { TextDecoder?: new (label: string) => { decode(a: Uint16Array): string } }
).TextDecoder;
const UTF16 = LITTLE_ENDIAN && Decoder ? new Decoder('utf-16le') : null;

/**
 * The string of the first `length` codes. A UTF-16 decoder is the fast path; it replaces lone
 * surrogates by U+FFFD one for one, so offsets do not move (quotes are cut from the original).
 */
function decode(codes: Uint16Array, length: number): string {
  if (UTF16) return UTF16.decode(codes.subarray(0, length));
  let out = '';
  for (let i = 0; i < length; i += 8192)
    out += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 8192)));
  return out;
}

/** Original span of normalised [start, end). */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const s = n.map[start] ?? 0;
  const e = end > start ? (n.map[end - 1] ?? 0) + 1 : s;
  return [s, e];
}
