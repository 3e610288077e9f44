/**
 * Hard-wrapped text (PDF and Word exports, fixed-width files): the line length a text was wrapped
 * at, and whether a line continues the one before it.
 */

const TERMINAL = new Set('。！？!?；;：:…”’）)】」』>'.split(''));
/** Characters that end a line for good: sentence ends, closing marks. */
export const IS_TERMINAL = new Uint8Array(65536);
for (const c of TERMINAL) IS_TERMINAL[c.charCodeAt(0)] = 1;
const CLAUSE_END = new Set('，,。、；;：:！？!?'.split(''));
const HEADING_START =
  /^(#|[一二三四五六七八九十]+、|\(|（|【|第[一二三四五六七八九十]+|[0-9]+[.、](?![0-9])|——|重点工作之)/;

/** Display columns of a character: 1 for ASCII and half-width forms, 2 for CJK and the rest. */
export const columns = (c: number): number => (c < 0x2e80 ? 1 : 2);

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
export class LineStats {
  private readonly byChars = new Map<number, number>();
  private readonly byWidth = new Map<number, number>();
  private lines = 0;

  /** A line that ends a sentence: a line, never a wrapped one. */
  addEnded(): void {
    this.lines++;
  }

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

const GOES_ON_FIGURE = /^[0-9.%]/;

/**
 * Whether a line ends mid-sentence and the next one continues it: true, false, or FRAGMENT when
 * the previous line is short and the next opens with a fragment (破。 / 快建设。 / 公里，), which
 * continues it unless the short line is a heading (一、过去五年工作回顾 / 五年来，…: a paragraph's
 * lead-in; normalize asks sections' opensWithHeadingMark). A ——-led line is no heading: it may
 * wrap (——…实现新突 / 破。).
 */
export function shouldJoin(
  prevLast: number,
  prevLength: number,
  prevWidth: number,
  next: string,
  wrap: Wrap,
): boolean | typeof FRAGMENT {
  if (IS_TERMINAL[prevLast]) return false;
  // A number cut in two (…人才2 / 1.4万人) is always one.
  if (
    prevLast >= 48 &&
    prevLast <= 57 &&
    GOES_ON_FIGURE.test(next) &&
    (prevLength >= wrap.chars - 8 || prevWidth >= wrap.width - 16)
  )
    return true;
  if (HEADING_START.test(next)) return false;
  if (prevLength >= wrap.chars || prevWidth >= wrap.width) return true;
  // Short previous line: join only when the next starts with a fragment (破。 / 快建设。 / 公里，).
  let k = 0;
  while (k < next.length && k < 4 && !CLAUSE_END.has(next[k] as string)) k++;
  return k >= 1 && k <= 3 && CLAUSE_END.has(next[k] ?? '') ? FRAGMENT : false;
}

export const FRAGMENT = 'fragment';
