import type { DocumentDetail, FactRecord } from '../../shared/api.ts';
import type {
  Comparator,
  DocumentSummary,
  Extraction,
  FactKind,
} from '../../shared/domain/index.ts';
import { sentenceSpans } from '../../shared/text/sentence-spans.ts';
import type { Db } from './open-database.ts';
import { ensureEntity } from './entities.ts';

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
  const row = db.prepare('SELECT id FROM documents WHERE hash = ?').get(hash) as
    { id: number } | undefined;
  return row?.id ?? null;
}

/** Writes a document with its sections, sentences and facts in one transaction: all or nothing. */
export function insertDocument(db: Db, doc: NewDocument): number {
  return db.transaction(() => {
    const { meta, sections, facts } = doc.extraction;
    if (meta.entity) ensureEntity(db, meta.entity);
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO documents (hash, name, path, format, type, entity, year, encoding, size, text, imported_at, engine_version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
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
    const section = db.prepare(
      'INSERT INTO sections (document_id, path, start, end) VALUES (?, ?, ?, ?)',
    );
    for (const s of sections) section.run(id, JSON.stringify(s.path), s.start, s.end);
    const sentence = db.prepare(
      'INSERT INTO sentences (document_id, start, end, text) VALUES (?, ?, ?, ?)',
    );
    for (const s of sentenceSpans(doc.text))
      sentence.run(id, s.start, s.end, doc.text.slice(s.start, s.end));
    const fact = db.prepare(
      `INSERT INTO facts (document_id, entity, indicator, metric, value, value_max, unit, norm_value, norm_unit,
         comparator, hedge, kind, period, start, end, quote, section, sentence_start, sentence_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const f of facts) {
      if (f.entity) ensureEntity(db, f.entity);
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
    return id;
  })();
}

export function countDocuments(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

export function listDocuments(db: Db): DocumentSummary[] {
  return db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM documents d ORDER BY d.entity IS NULL, d.year DESC, d.entity, d.name`,
    )
    .all() as DocumentSummary[];
}

interface FactRow {
  id: number;
  document_id: number;
  entity: string | null;
  indicator: string | null;
  metric: string;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  norm_value: number | null;
  norm_unit: string | null;
  comparator: string;
  hedge: string | null;
  kind: string;
  period: string | null;
  start: number;
  end: number;
  quote: string;
  section: string;
  sentence_start: number;
  sentence_end: number;
}

export function toFactRecord(r: FactRow): FactRecord {
  return {
    id: r.id,
    documentId: r.document_id,
    entity: r.entity,
    indicator: r.indicator,
    metric: r.metric,
    value: r.value,
    valueMax: r.value_max,
    unit: r.unit,
    normValue: r.norm_value,
    normUnit: r.norm_unit,
    comparator: r.comparator as Comparator,
    hedge: r.hedge,
    kind: r.kind as FactKind,
    period: r.period,
    start: r.start,
    end: r.end,
    quote: r.quote,
    section: JSON.parse(r.section) as string[],
    sentenceStart: r.sentence_start,
    sentenceEnd: r.sentence_end,
  };
}

export function getDocument(db: Db, id: number): DocumentDetail | null {
  const summary = db
    .prepare(`SELECT ${SUMMARY_COLUMNS}, d.text FROM documents d WHERE d.id = ?`)
    .get(id) as (DocumentSummary & { text: string }) | undefined;
  if (!summary) return null;
  const sections = (
    db
      .prepare('SELECT path, start, end FROM sections WHERE document_id = ? ORDER BY start')
      .all(id) as {
      path: string;
      start: number;
      end: number;
    }[]
  ).map((s) => ({ path: JSON.parse(s.path) as string[], start: s.start, end: s.end }));
  const facts = (
    db.prepare('SELECT * FROM facts WHERE document_id = ? ORDER BY start').all(id) as FactRow[]
  ).map(toFactRecord);
  return { ...summary, sections, facts };
}
