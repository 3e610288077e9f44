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

export function normalize(original: string): Normalized {
  const len = original.length;
  // Pass 1: character mapping and ** removal.
  const codes = new Uint16Array(len);
  const origin = new Int32Array(len);
  let m = 0;
  for (let i = 0; i < len; i++) {
    const c = mapCode(original.charCodeAt(i));
    if (c === STAR && i + 1 < len && mapCode(original.charCodeAt(i + 1)) === STAR) {
      i++;
      continue;
    }
    codes[m] = c;
    origin[m] = i;
    m++;
  }

  const wrapAt = wrapWidth(codes, m);
  // Pass 2: lines, joins, spaces.
  const out = new Uint16Array(m);
  const outMap = new Int32Array(m + 1);
  let o = 0;
  let prevLast = 0; // last non-space code of the logical line written so far
  let prevLength = 0; // its content length
  let pendingBreak = -1; // origin of the newline owed before the next content
  let ls = 0;
  while (ls <= m) {
    let le = ls;
    while (le < m && codes[le] !== NEWLINE) le++;
    let first = ls;
    while (first < le && codes[first] === SPACE) first++;
    if (first < le) {
      const joined =
        pendingBreak >= 0 && shouldJoin(prevLast, prevLength, head(codes, first, le), wrapAt);
      if (pendingBreak >= 0 && !joined) {
        out[o] = NEWLINE;
        outMap[o++] = pendingBreak;
      }
      let contentLength = 0;
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
      }
      prevLength = joined ? prevLength + contentLength : contentLength;
      pendingBreak = le < m ? (origin[le] as number) : -1;
    }
    ls = le + 1;
  }
  outMap[o] = len;
  return { text: decode(original, out, outMap, o), map: o === m ? outMap : outMap.slice(0, o + 1) };
}

/**
 * Line length at which the text was hard-wrapped (PDF, fixed-width exports): the most common
 * length of lines that end without punctuation, when such lines are frequent. 45 otherwise.
 */
function wrapWidth(codes: Uint16Array, m: number): number {
  const counts = new Map<number, number>();
  let lines = 0;
  let ls = 0;
  for (let i = 0; i <= m; i++) {
    if (i < m && codes[i] !== NEWLINE) continue;
    let len = 0;
    let last = 0;
    for (let k = ls; k < i; k++) {
      if (codes[k] !== SPACE) {
        len++;
        last = codes[k] as number;
      }
    }
    if (len > 0) {
      lines++;
      if (len >= 16 && !TERMINAL.has(String.fromCharCode(last)))
        counts.set(len, (counts.get(len) ?? 0) + 1);
    }
    ls = i + 1;
  }
  let best = 0;
  let bestCount = 0;
  for (const [len, c] of counts) {
    // Neighbouring lengths count together: wrapped lines vary by a character or two.
    const c3 = c + (counts.get(len - 1) ?? 0) + (counts.get(len + 1) ?? 0);
    if (c3 > bestCount || (c3 === bestCount && len > best)) {
      best = len;
      bestCount = c3;
    }
  }
  return bestCount >= 3 && bestCount >= lines * 0.15 ? Math.min(45, best - 2) : 45;
}

function head(codes: Uint16Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end && s.length < 12; i++)
    if (codes[i] !== SPACE) s += String.fromCharCode(codes[i] as number);
  return s;
}

/** A line ends mid-sentence and the next one continues it. */
function shouldJoin(prevLast: number, prevLength: number, next: string, wrapAt: number): boolean {
  const last = String.fromCharCode(prevLast);
  if (TERMINAL.has(last)) return false;
  // A number cut in two (…人才2 / 1.4万人) is always one.
  if (prevLast >= 48 && prevLast <= 57 && /^[0-9.%]/.test(next) && prevLength >= wrapAt - 8)
    return true;
  if (HEADING_START.test(next)) return false;
  if (prevLength >= wrapAt) return true;
  // Short previous line: join only when the next starts with a fragment (破。 / 快建设。 / 公里，).
  let k = 0;
  while (k < next.length && k < 4 && !CLAUSE_END.has(next[k] as string)) k++;
  return k >= 1 && k <= 3 && CLAUSE_END.has(next[k] ?? '');
}

/** Builds the string from runs copied unchanged from the original, and char codes elsewhere. */
function decode(original: string, codes: Uint16Array, map: Int32Array, length: number): string {
  const parts: string[] = [];
  let i = 0;
  while (i < length) {
    const from = map[i] as number;
    let j = i;
    while (
      j < length &&
      map[j] === from + (j - i) &&
      codes[j] === original.charCodeAt(map[j] as number)
    )
      j++;
    if (j > i) {
      parts.push(original.slice(from, from + (j - i)));
      i = j;
    } else {
      parts.push(String.fromCharCode(codes[i] as number));
      i++;
    }
  }
  return parts.join('');
}

/** Original span of normalised [start, end). */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const s = n.map[start] ?? 0;
  const e = end > start ? (n.map[end - 1] ?? 0) + 1 : s;
  return [s, e];
}
