import type { DocumentDetail } from '../../shared/api.ts';
import type { DocumentSummary, Extraction } from '../../shared/domain/index.ts';
import type { Db } from './open-database.ts';
import { reapplyCorrections } from './corrections.ts';
import { applyOverride } from './document-overrides.ts';
import { ensureEntity } from './entities.ts';
import { toFactRecord, type FactRow } from './fact-row.ts';
import { applySynonyms } from './synonyms.ts';
import { write } from './write.ts';
import { sql } from './statements.ts';

export interface NewDocument {
  hash: string;
  name: string;
  path: string | null;
  format: string;
  encoding: string;
  size: number;
  text: string;
  engineVersion: string;
  extraction: Extraction;
}

const SUMMARY_COLUMNS = `d.id, d.name, d.path, d.type, d.format, d.entity, d.year, d.encoding, d.size,
  d.imported_at AS importedAt, (SELECT count(*) FROM facts f WHERE f.document_id = d.id) AS factCount`;

export function findDocumentByHash(db: Db, hash: string): number | null {
  const row = sql(db, 'SELECT id FROM documents WHERE hash = ?').get(hash) as
    { id: number } | undefined;
  return row?.id ?? null;
}

/** Writes a document with its sections and facts in one transaction: all or nothing. */
export function insertDocument(db: Db, doc: NewDocument): number {
  return write(db, () => {
    const { meta } = doc.extraction;
    if (meta.entity) ensureEntity(db, meta.entity, doc.text);
    const { lastInsertRowid } = sql(
      db,
      `INSERT INTO documents (hash, name, path, format, type, entity, year, encoding, size, text, imported_at, engine_version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      doc.hash,
      doc.name,
      doc.path,
      doc.format,
      meta.type,
      meta.entity,
      meta.year,
      doc.encoding,
      doc.size,
      doc.text,
      new Date().toISOString(),
      doc.engineVersion,
    );
    const id = Number(lastInsertRowid);
    writeExtraction(db, id, doc.extraction);
    applyUserEdits(db, id, doc.hash);
    return id;
  });
}

/**
 * Replaces a document's extraction with a newer engine's, in one transaction, and re-applies the
 * user's edits (entity/year override, synonyms, corrections) to the new facts.
 */
export function replaceExtraction(
  db: Db,
  id: number,
  extraction: Extraction,
  engineVersion: string,
): { facts: number; attached: number; unattached: number } {
  return write(db, () => {
    const { hash, text } = sql(db, 'SELECT hash, text FROM documents WHERE id = ?').get(id) as {
      hash: string;
      text: string;
    };
    for (const table of ['facts', 'sections'])
      sql(db, `DELETE FROM ${table} WHERE document_id = ?`).run(id);
    const { meta } = extraction;
    if (meta.entity) ensureEntity(db, meta.entity, text);
    sql(
      db,
      'UPDATE documents SET entity = ?, year = ?, type = ?, engine_version = ? WHERE id = ?',
    ).run(meta.entity, meta.year, meta.type, engineVersion, id);
    writeExtraction(db, id, extraction);
    return { facts: extraction.facts.length, ...applyUserEdits(db, id, hash) };
  });
}

function writeExtraction(db: Db, id: number, extraction: Extraction): void {
  const section = sql(
    db,
    'INSERT INTO sections (document_id, path, start, end) VALUES (?, ?, ?, ?)',
  );
  for (const s of extraction.sections) section.run(id, JSON.stringify(s.path), s.start, s.end);
  const fact = sql(
    db,
    `INSERT INTO facts (document_id, entity, indicator, metric, value, value_max, unit, norm_value, norm_unit,
       comparator, hedge, kind, period, start, end, quote, section, sentence_start, sentence_end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const entity of new Set(extraction.facts.map((f) => f.entity)))
    if (entity) ensureEntity(db, entity);
  for (const f of extraction.facts) {
    fact.run(
      id,
      f.entity,
      f.indicator,
      f.metric,
      f.value,
      f.valueMax,
      f.unit,
      f.normValue,
      f.normUnit,
      f.comparator,
      f.hedge,
      f.kind,
      f.period,
      f.start,
      f.end,
      f.quote,
      JSON.stringify(f.section),
      f.sentenceStart,
      f.sentenceEnd,
    );
  }
}

/** The user's edits, re-applied after every (re-)extraction of a document. */
function applyUserEdits(
  db: Db,
  id: number,
  hash: string,
): { attached: number; unattached: number } {
  applyOverride(db, id);
  applySynonyms(db, id);
  return reapplyCorrections(db, id, hash);
}

export function removeDocument(db: Db, id: number): boolean {
  return sql(db, 'DELETE FROM documents WHERE id = ?').run(id).changes > 0;
}

export function countDocuments(db: Db): number {
  return (sql(db, 'SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

export function listDocuments(db: Db): DocumentSummary[] {
  return sql(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM documents d ORDER BY d.entity IS NULL, d.year DESC, d.entity, d.name`,
  ).all() as DocumentSummary[];
}

export function getDocument(db: Db, id: number): DocumentDetail | null {
  const summary = sql(db, `SELECT ${SUMMARY_COLUMNS}, d.text FROM documents d WHERE d.id = ?`).get(
    id,
  ) as (DocumentSummary & { text: string }) | undefined;
  if (!summary) return null;
  const sections = (
    sql(db, 'SELECT path, start, end FROM sections WHERE document_id = ? ORDER BY start').all(
      id,
    ) as {
      path: string;
      start: number;
      end: number;
    }[]
  ).map((s) => ({ path: JSON.parse(s.path) as string[], start: s.start, end: s.end }));
  const facts = (
    sql(db, 'SELECT * FROM facts WHERE document_id = ? ORDER BY start').all(id) as FactRow[]
  ).map(toFactRecord);
  return { ...summary, sections, facts };
}
