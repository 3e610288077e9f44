export interface Span {
  start: number;
  end: number;
}

const END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);

/** Splits text into sentence spans (end-exclusive, trailing punctuation included, blanks skipped). */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    if (END.has(text[i]!)) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return spans;
}

function isBlank(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x3000 ||
    code === 0xa0
  );
}
