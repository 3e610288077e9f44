/**
 * Text as one token per character ("投资增长" → "投 资 增 长"), for a full-text index that can find
 * queries of one or two characters, which trigram indexes cannot.
 */
export function charTokens(text: string): string {
  let out = '';
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    out += out ? ` ${ch}` : ch;
  }
  return out;
}
