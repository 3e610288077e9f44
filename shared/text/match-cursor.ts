/**
 * Whether spans of one text hold a match of a regex, asked for in text order: the regex reads the
 * text once, from span to span, instead of once per span (a call per sentence cost more than the
 * reading). For words that never cross a span's end (spans that end at punctuation the words do
 * not hold), a span holds a match exactly when a match starts in it.
 */
export class MatchCursor {
  private readonly re: RegExp;
  private readonly s: string;
  /** Where the leftmost match at or after the last span asked about starts (Infinity: none). */
  private next = -1;

  /** `re` must carry the g flag: its lastIndex is where it reads from. */
  constructor(re: RegExp, s: string) {
    if (!re.global) throw new Error('MatchCursor needs a regex with the g flag');
    this.re = re;
    this.s = s;
  }

  /** Whether a match starts in [start, end); `start` must not go back from the last call's. */
  startsIn(start: number, end: number): boolean {
    if (this.next < start) {
      this.re.lastIndex = start;
      const m = this.re.exec(this.s);
      this.next = m ? m.index : Infinity;
    }
    return this.next < end;
  }
}
