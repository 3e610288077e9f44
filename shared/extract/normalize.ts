/**
 * Normalisation with an offset map back to the original text: full-width ASCII → half-width,
 * Markdown emphasis (`**`) dropped, spaces inside Chinese text dropped (PDF `增长 12.3%`, `企 业`),
 * and lines broken mid-sentence (PDF/Word wraps) joined.
 */

export interface Normalized {
  /** Normalised text; '\n' separates paragraphs. */
  text: string;
  /** map[i] = offset in the original of normalised char i; map[text.length] = original length. */
  map: Int32Array;
}

const TERMINAL = new Set('。！？!?；;：:…”’）)】」』>'.split(''));
const IS_TERMINAL = new Uint8Array(65536);
for (const c of TERMINAL) IS_TERMINAL[c.charCodeAt(0)] = 1;
const CLAUSE_END = new Set('，,。、；;：:！？!?'.split(''));
const HEADING_START =
  /^(#|[一二三四五六七八九十]+、|\(|（|【|第[一二三四五六七八九十]+|[0-9]+[.、](?![0-9])|——|重点工作之)/;

const SPACE = 32;
const NEWLINE = 10;
const STAR = 42;

function mapCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000 || c === 0xa0 || c === 13 || c === 9 || c === 0x200b || c === 0xfeff)
    return SPACE;
  return c;
}

const isAsciiWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

let scratch = { codes: new Uint16Array(0), origin: new Int32Array(0), out: new Uint16Array(0) };

export function normalize(original: string): Normalized {
  const len = original.length;
  // Scratch buffers are reused across calls (normalize is synchronous): only the map is returned.
  if (scratch.codes.length < len) {
    const size = Math.max(len, 2 * scratch.codes.length);
    scratch = {
      codes: new Uint16Array(size),
      origin: new Int32Array(size),
      out: new Uint16Array(size),
    };
  }
  // Pass 1: character mapping and ** removal; line lengths for the wrap width on the way.
  const { codes, origin } = scratch;
  const lines = new LineStats();
  let m = 0;
  let lineLength = 0;
  let lineWidth = 0;
  let lineLast = 0;
  for (let i = 0; i < len; i++) {
    const c = mapCode(original.charCodeAt(i));
    if (c === STAR && i + 1 < len && mapCode(original.charCodeAt(i + 1)) === STAR) {
      i++;
      continue;
    }
    codes[m] = c;
    origin[m] = i;
    m++;
    if (c === NEWLINE) {
      lines.add(lineLength, lineWidth, lineLast);
      lineLength = lineWidth = 0;
    } else if (c !== SPACE) {
      lineLength++;
      lineWidth += c < 0x2e80 ? 1 : 2;
      lineLast = c;
    }
  }
  lines.add(lineLength, lineWidth, lineLast);
  const wrapAt = lines.wrap();
  // Pass 2: lines, joins, spaces.
  const out = scratch.out;
  const outMap = new Int32Array(m + 1);
  let o = 0;
  let prevLast = 0; // last non-space code of the logical line written so far
  let prevLength = 0; // its content length
  let prevWidth = 0; // its display width (CJK 2 columns, ASCII 1)
  let pendingBreak = -1; // origin of the newline owed before the next content
  let ls = 0;
  while (ls <= m) {
    let le = ls;
    while (le < m && codes[le] !== NEWLINE) le++;
    let first = ls;
    while (first < le && codes[first] === SPACE) first++;
    if (first < le) {
      const joined =
        pendingBreak >= 0 &&
        !IS_TERMINAL[prevLast] &&
        shouldJoin(prevLast, prevLength, prevWidth, head(codes, first, le), wrapAt);
      if (pendingBreak >= 0 && !joined) {
        out[o] = NEWLINE;
        outMap[o++] = pendingBreak;
      }
      let contentLength = 0;
      let contentWidth = 0;
      for (let i = first; i < le; i++) {
        const c = codes[i] as number;
        if (c === SPACE) {
          let k = i + 1;
          while (k < le && codes[k] === SPACE) k++;
          // Keep one space only between two ASCII words (2023 2024 stays apart).
          if (
            k < le &&
            o > 0 &&
            isAsciiWord(out[o - 1] as number) &&
            isAsciiWord(codes[k] as number)
          ) {
            out[o] = SPACE;
            outMap[o++] = origin[i] as number;
          }
          i = k - 1;
          continue;
        }
        out[o] = c;
        outMap[o++] = origin[i] as number;
        prevLast = c;
        contentLength++;
        contentWidth += columns(c);
      }
      prevLength = joined ? prevLength + contentLength : contentLength;
      prevWidth = joined ? prevWidth + contentWidth : contentWidth;
      pendingBreak = le < m ? (origin[le] as number) : -1;
    }
    ls = le + 1;
  }
  outMap[o] = len;
  return { text: decode(out, o), map: o === m ? outMap : outMap.slice(0, o + 1) };
}

/** Display columns of a character: 1 for ASCII and half-width forms, 2 for CJK and the rest. */
const columns = (c: number): number => (c < 0x2e80 ? 1 : 2);

export interface Wrap {
  /** Characters per wrapped line (text wrapped by count: fixed-width exports). */
  chars: number;
  /** Display columns per wrapped line (text wrapped by width: PDF, Word, where a digit is half a CJK character). */
  width: number;
}

/**
 * Line length at which the text was hard-wrapped: the most common length of lines that end
 * without punctuation, when such lines are frequent, counted both in characters and in display
 * columns. 45 characters (90 columns) otherwise.
 */
class LineStats {
  private readonly byChars = new Map<number, number>();
  private readonly byWidth = new Map<number, number>();
  private lines = 0;

  add(length: number, width: number, last: number): void {
    if (length === 0) return;
    this.lines++;
    if (length >= 16 && !IS_TERMINAL[last]) {
      this.byChars.set(length, (this.byChars.get(length) ?? 0) + 1);
      this.byWidth.set(width, (this.byWidth.get(width) ?? 0) + 1);
    }
  }

  wrap(): Wrap {
    return {
      chars: mode(this.byChars, this.lines, 1, 45, 2),
      width: mode(this.byWidth, this.lines, 3, 90, 4),
    };
  }
}

/** Most common length, neighbours within `spread` counting together; `fallback` when rare. */
function mode(
  counts: Map<number, number>,
  lines: number,
  spread: number,
  fallback: number,
  slack: number,
): number {
  let best = 0;
  let bestCount = 0;
  for (const len of counts.keys()) {
    // Neighbouring lengths count together: wrapped lines vary by a character or two.
    let c = 0;
    for (let d = -spread; d <= spread; d++) c += counts.get(len + d) ?? 0;
    if (c > bestCount || (c === bestCount && len > best)) {
      best = len;
      bestCount = c;
    }
  }
  return bestCount >= 3 && bestCount >= lines * 0.15 ? Math.min(fallback, best - slack) : fallback;
}

function head(codes: Uint16Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end && s.length < 12; i++)
    if (codes[i] !== SPACE) s += String.fromCharCode(codes[i] as number);
  return s;
}

/** A line ends mid-sentence and the next one continues it. */
function shouldJoin(
  prevLast: number,
  prevLength: number,
  prevWidth: number,
  next: string,
  wrap: Wrap,
): boolean {
  if (IS_TERMINAL[prevLast]) return false;
  // A number cut in two (…人才2 / 1.4万人) is always one.
  if (
    prevLast >= 48 &&
    prevLast <= 57 &&
    /^[0-9.%]/.test(next) &&
    (prevLength >= wrap.chars - 8 || prevWidth >= wrap.width - 16)
  )
    return true;
  if (HEADING_START.test(next)) return false;
  if (prevLength >= wrap.chars || prevWidth >= wrap.width) return true;
  // Short previous line: join only when the next starts with a fragment (破。 / 快建设。 / 公里，).
  let k = 0;
  while (k < next.length && k < 4 && !CLAUSE_END.has(next[k] as string)) k++;
  return k >= 1 && k <= 3 && CLAUSE_END.has(next[k] ?? '');
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
