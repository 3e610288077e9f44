/**
 * Text as one token per character ("投资增长" → "投 资 增 长"), for a full-text index that can find
 * queries of one or two characters, which trigram indexes cannot. Whitespace is dropped, so a
 * phrase is found across a line break.
 */
export function charTokens(text: string): string {
  return Array.from(text.replace(/\s+/gu, '')).join(' ');
}
