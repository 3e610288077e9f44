import type { CorrectableField, FactChanges, FactRecord } from '../../shared/api.ts';
import { ContractError } from '../../shared/api.ts';
import { toFactRecord, type FactRow } from './fact-row.ts';
import type { Db } from './open-database.ts';
import { write } from './write.ts';
import { sql } from './statements.ts';

const COLUMN: Record<CorrectableField, string> = {
  value: 'value',
  valueMax: 'value_max',
  unit: 'unit',
  comparator: 'comparator',
  indicator: 'indicator',
  kind: 'kind',
  period: 'period',
};
const FIELDS = Object.keys(COLUMN) as CorrectableField[];

interface CorrectionRow {
  id: number;
  span_start: number;
  span_end: number;
  original: string;
  changes: string;
}

type Original = Partial<Record<CorrectableField, unknown>>;

function factRow(db: Db, factId: number): FactRow & { correction_id: number | null; hash: string } {
  const row = sql(
    db,
    'SELECT f.*, d.hash FROM facts f JOIN documents d ON d.id = f.document_id WHERE f.id = ?',
  ).get(factId) as (FactRow & { correction_id: number | null; hash: string }) | undefined;
  if (!row) throw new ContractError(`No fact with id ${factId}`);
  return row;
}

/**
 * Records a user's correction of a fact — stored apart, keyed on the document's content hash and
 * the figure's span, so it is re-applied when the document is re-indexed — and applies it.
 */
export function correctFact(db: Db, factId: number, changes: FactChanges): FactRecord {
  return write(db, () => {
    const fact = factRow(db, factId);
    const existing = fact.correction_id
      ? (sql(db, 'SELECT * FROM corrections WHERE id = ?').get(fact.correction_id) as
          CorrectionRow | undefined)
      : undefined;
    const engine: Original = existing
      ? (JSON.parse(existing.original) as Original)
      : engineValues(fact);
    const merged = {
      ...(existing ? (JSON.parse(existing.changes) as FactChanges) : {}),
      ...changes,
    };
    let correctionId: number;
    if (existing) {
      sql(db, 'UPDATE corrections SET changes = ? WHERE id = ?').run(
        JSON.stringify(merged),
        existing.id,
      );
      correctionId = existing.id;
    } else {
      const info = sql(
        db,
        `INSERT INTO corrections (document_hash, span_start, span_end, original, changes, created_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (document_hash, span_start, span_end) DO UPDATE SET changes = excluded.changes`,
      ).run(
        fact.hash,
        fact.start,
        fact.end,
        JSON.stringify(engine),
        JSON.stringify(merged),
        new Date().toISOString(),
      );
      correctionId = Number(info.lastInsertRowid);
    }
    applyTo(db, factId, correctionId, engine, merged);
    return readFact(db, factId);
  });
}

/** Removes a fact's correction and restores what the engine extracted. */
export function undoCorrection(db: Db, factId: number): FactRecord {
  return write(db, () => {
    const fact = factRow(db, factId);
    if (!fact.correction_id) return toFactRecord(fact);
    const correction = sql(db, 'SELECT * FROM corrections WHERE id = ?').get(
      fact.correction_id,
    ) as CorrectionRow;
    restore(db, factId, JSON.parse(correction.original) as Original);
    sql(db, 'DELETE FROM corrections WHERE id = ?').run(correction.id);
    return readFact(db, factId);
  });
}

/**
 * Re-applies a document's stored corrections to its (re-)extracted facts: each attaches to the
 * fact whose span overlaps its own the most (the same value breaks ties). A correction whose
 * figure the engine no longer finds stays stored, unattached, for a later engine.
 */
export function reapplyCorrections(
  db: Db,
  documentId: number,
  hash: string,
): { attached: number; unattached: number } {
  const corrections = sql(db, 'SELECT * FROM corrections WHERE document_hash = ?').all(
    hash,
  ) as CorrectionRow[];
  const candidates = sql(
    db,
    `SELECT id, value, min(end, ?) - max(start, ?) AS overlap FROM facts
     WHERE document_id = ? AND start < ? AND end > ? AND correction_id IS NULL
     ORDER BY overlap DESC, id`,
  );
  let attached = 0;
  for (const c of corrections) {
    const original = JSON.parse(c.original) as Original;
    const found = candidates.all(
      c.span_end,
      c.span_start,
      documentId,
      c.span_end,
      c.span_start,
    ) as {
      id: number;
      value: number | null;
      overlap: number;
    }[];
    const best =
      found.find((f) => f.overlap === found[0]!.overlap && f.value === original.value) ?? found[0];
    if (!best) continue;
    const fact = factRow(db, best.id);
    const engine = engineValues(fact);
    sql(db, 'UPDATE corrections SET span_start = ?, span_end = ?, original = ? WHERE id = ?').run(
      fact.start,
      fact.end,
      JSON.stringify(engine),
      c.id,
    );
    applyTo(db, best.id, c.id, engine, JSON.parse(c.changes) as FactChanges);
    attached++;
  }
  return { attached, unattached: corrections.length - attached };
}

function engineValues(fact: FactRow): Original {
  const r = toFactRecord(fact);
  return Object.fromEntries(FIELDS.map((f) => [f, r[f]]));
}

function applyTo(
  db: Db,
  factId: number,
  correctionId: number,
  engine: Original,
  changes: FactChanges,
): void {
  restore(db, factId, engine);
  const fields = FIELDS.filter((f) => changes[f] !== undefined);
  const extracted = Object.fromEntries(fields.map((f) => [f, engine[f] ?? null]));
  const sets = fields.map((f) => `${COLUMN[f]} = ?`);
  sql(
    db,
    `UPDATE facts SET ${[...sets, 'correction_id = ?', 'extracted = ?', 'hidden = ?'].join(', ')} WHERE id = ?`,
  ).run(
    ...fields.map((f) => changes[f] ?? null),
    correctionId,
    JSON.stringify(extracted),
    changes.notAFact ? 1 : 0,
    factId,
  );
}

function restore(db: Db, factId: number, engine: Original): void {
  const fields = FIELDS.filter((f) => f in engine);
  const sets = fields.map((f) => `${COLUMN[f]} = ?`);
  sql(
    db,
    `UPDATE facts SET ${[...sets, 'correction_id = NULL', 'extracted = NULL', 'hidden = 0'].join(', ')} WHERE id = ?`,
  ).run(...fields.map((f) => engine[f] ?? null), factId);
}

function readFact(db: Db, factId: number): FactRecord {
  return toFactRecord(sql(db, 'SELECT * FROM facts WHERE id = ?').get(factId) as FactRow);
}
