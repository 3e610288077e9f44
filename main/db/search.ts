import type { SearchHit } from '../../shared/api.ts';
import { charTokens } from '../../shared/text/char-tokens.ts';
import { sentenceSpans, type Span } from '../../shared/text/sentence-spans.ts';
import type { Db } from './open-database.ts';
import { sql } from './statements.ts';

const TRIGRAM_MIN = 3;

/** User input as one FTS5 phrase: never FTS syntax. */
const phrase = (q: string) => `"${q.replaceAll('"', '""')}"`;

/**
 * Documents holding every trigram of the query (a trigram index without positions cannot match a
 * phrase): trigrams side by side from the start, and the last one, cover every character.
 */
function trigramQuery(q: string): string {
  const chars = [...q];
  const starts = new Set<number>();
  for (let i = 0; i + TRIGRAM_MIN <= chars.length; i += TRIGRAM_MIN) starts.add(i);
  starts.add(chars.length - TRIGRAM_MIN);
  return [...starts].map((i) => phrase(chars.slice(i, i + TRIGRAM_MIN).join(''))).join(' AND ');
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Full-text search: the search index finds the documents that may contain the query (trigram for
 * 3+ characters; one token per character, as a phrase, for shorter queries, which trigram cannot
 * match), in document order; each occurrence is then located in the document's text and reported
 * with its sentence, one hit per sentence, until `limit` hits.
 */
export function search(db: Db, searchDb: Db, query: string, limit = 50): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const byTrigram = [...q].length >= TRIGRAM_MIN;
  const index = byTrigram ? 'text_trigram' : 'text_chars';
  const candidates = sql(
    searchDb,
    `SELECT x.rowid AS id, i.hash FROM ${index} x JOIN indexed i ON i.document_id = x.rowid
     WHERE ${index} MATCH ? ORDER BY x.rowid`,
  ).iterate(byTrigram ? trigramQuery(q) : phrase(charTokens(q))) as IterableIterator<{
    id: number;
    hash: string;
  }>;
  // Both indexes fold ASCII case; the character index also ignores whitespace between characters.
  const pattern = new RegExp(
    byTrigram ? escapeRegExp(q) : [...q.replace(/\s+/gu, '')].map(escapeRegExp).join('\\s*'),
    'giu',
  );
  const documentOf = sql(
    db,
    'SELECT id, name, entity, text FROM documents WHERE id = ? AND hash = ?',
  );
  const hits: SearchHit[] = [];
  for (const candidate of candidates) {
    if (hits.length >= limit) break;
    const doc = documentOf.get(candidate.id, candidate.hash) as
      { id: number; name: string; entity: string | null; text: string } | undefined;
    if (!doc) continue; // removed or replaced since it was indexed
    hits.push(...hitsIn(db, doc, pattern, limit - hits.length));
  }
  return hits;
}

function hitsIn(
  db: Db,
  doc: { id: number; name: string; entity: string | null; text: string },
  pattern: RegExp,
  limit: number,
): SearchHit[] {
  const sectionAt = sql(
    db,
    'SELECT path FROM sections WHERE document_id = ? AND start <= ? ORDER BY start DESC LIMIT 1',
  );
  let spans: Span[] | null = null;
  const hits: SearchHit[] = [];
  let lastSentenceEnd = -1;
  for (const match of doc.text.matchAll(pattern)) {
    if (hits.length >= limit) break;
    if (match.index < lastSentenceEnd) continue; // one hit per sentence
    spans ??= sentenceSpans(doc.text);
    const sentence = spanAt(spans, match.index) ?? {
      start: match.index,
      end: match.index + match[0].length,
    };
    lastSentenceEnd = sentence.end;
    const section = sectionAt.get(doc.id, sentence.start) as { path: string } | undefined;
    const hitStart = match.index - sentence.start;
    hits.push({
      documentId: doc.id,
      documentName: doc.name,
      entity: doc.entity,
      section: section ? (JSON.parse(section.path) as string[]) : [],
      start: sentence.start,
      end: sentence.end,
      snippet: doc.text.slice(sentence.start, sentence.end),
      hitStart,
      hitEnd: Math.min(hitStart + match[0].length, sentence.end - sentence.start),
    });
  }
  return hits;
}

/** The span containing offset, by binary search over spans in text order. */
function spanAt(spans: Span[], offset: number): Span | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
