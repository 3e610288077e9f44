import type { FindingsFact, FindingsInput } from '../../shared/findings/index.ts';
import type { Db } from '../db/open-database.ts';

/** Texts kept in memory at once while the checks read them (most recently used). */
const TEXT_CACHE = 64;

const FACT_COLUMNS = `id, document_id AS documentId, entity, indicator, metric, value, value_max AS valueMax,
  unit, norm_value AS normValue, norm_unit AS normUnit, comparator, kind, period, start, end,
  sentence_start AS sentenceStart, sentence_end AS sentenceEnd`;

type FactRow = Omit<FindingsFact, 'comparator' | 'kind'> & { comparator: string; kind: string };

/**
 * The index as the findings engine reads it: documents (without their texts), visible facts
 * (only the columns the checks use, repeated strings shared), entity parents, and texts read on
 * demand — so a large index need not fit in memory twice.
 */
export function loadFindingsInput(db: Db): FindingsInput {
  const documents = db
    .prepare(
      'SELECT id, name, entity, year, type, length(text) AS length FROM documents ORDER BY id',
    )
    .all() as FindingsInput['documents'];
  const pool = new Map<string, string>();
  const intern = <T extends string | null>(s: T): T => {
    if (s === null) return s;
    const hit = pool.get(s);
    if (hit !== undefined) return hit as T;
    pool.set(s, s);
    return s;
  };
  const facts: FindingsFact[] = [];
  for (const row of db
    .prepare(`SELECT ${FACT_COLUMNS} FROM facts WHERE hidden = 0 ORDER BY document_id, start`)
    .iterate() as IterableIterator<FactRow>) {
    row.entity = intern(row.entity);
    row.indicator = intern(row.indicator);
    row.metric = intern(row.metric);
    row.unit = intern(row.unit);
    row.normUnit = intern(row.normUnit);
    row.comparator = intern(row.comparator);
    row.kind = intern(row.kind);
    row.period = intern(row.period);
    facts.push(row as FindingsFact);
  }
  const parents = new Map(
    (
      db.prepare('SELECT name, parent FROM entities').all() as {
        name: string;
        parent: string | null;
      }[]
    ).map((e) => [e.name, e.parent]),
  );
  const readText = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  const texts = new Map<number, string>();
  const text = (id: number): string => {
    const hit = texts.get(id);
    if (hit !== undefined) {
      texts.delete(id);
      texts.set(id, hit);
      return hit;
    }
    const t = (readText.get(id) as string | undefined) ?? '';
    texts.set(id, t);
    if (texts.size > TEXT_CACHE) texts.delete(texts.keys().next().value!);
    return t;
  };
  return { documents, facts, parents, text };
}
