/** A run of text as pdf.js reports it: string, end-of-line flag, position and width. */
export interface PdfItem {
  str: string;
  hasEOL: boolean;
  x: number;
  y: number;
  width: number;
}

const CJK = '\\u2e80-\\u9fff\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+(?=[${CJK}0-9A-Za-z%.(（])`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`(?<=[${CJK}0-9%)）])[ \\t\\u00a0]+(?=[${CJK}])`, 'g');
const SENTENCE_END = /[。！？：；!?:;”」』）)]$/;

/**
 * Turns one page's text items into reading text: lines wrapped by the layout are joined (a
 * line that reaches the right margin and does not end a sentence continues on the next), and
 * the spaces PDF text puts between CJK characters and digits are removed.
 */
export function pageText(items: readonly PdfItem[]): string {
  const lines: { text: string; left: number; right: number }[] = [];
  let current: { text: string; left: number; right: number; y: number } | null = null;
  for (const item of items) {
    if (current && Math.abs(item.y - current.y) > 2 && item.str.trim()) {
      lines.push(current);
      current = null;
    }
    if (!current) current = { text: '', left: item.x, right: item.x, y: item.y };
    current.text += item.str;
    if (item.str.trim()) current.right = Math.max(current.right, item.x + item.width);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  const content = lines.filter((l) => l.text.trim());
  if (!content.length) return '';
  const margin = Math.max(...content.map((l) => l.right));
  const width = margin - Math.min(...content.map((l) => l.left));
  let out = '';
  content.forEach((line, i) => {
    const text = line.text.trim();
    out += text;
    if (i === content.length - 1) return;
    const wrapped = margin - line.right < width * 0.06 && !SENTENCE_END.test(text);
    out += wrapped ? '' : '\n';
  });
  return removeCjkSpacing(out);
}

export function removeCjkSpacing(text: string): string {
  return text.replace(SPACE_AFTER_CJK, '').replace(SPACE_BEFORE_CJK, '');
}
