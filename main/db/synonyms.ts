import { ContractError } from '../../shared/api.ts';
import type { Db } from './open-database.ts';
import { write } from './write.ts';
import { sql } from './statements.ts';

export function listSynonyms(db: Db): { phrase: string; indicator: string }[] {
  return sql(db, 'SELECT phrase, indicator FROM synonyms ORDER BY phrase').all() as {
    phrase: string;
    indicator: string;
  }[];
}

/** Maps a metric phrase to an indicator for every document, now and after any re-index. */
export function setSynonym(db: Db, phrase: string, indicator: string): { facts: number } {
  if (!sql(db, 'SELECT 1 FROM indicators WHERE id = ?').get(indicator)) {
    throw new ContractError(`No indicator with id ${indicator}`);
  }
  return write(db, () => {
    sql(
      db,
      `INSERT INTO synonyms (phrase, indicator, created_at) VALUES (?, ?, ?)
       ON CONFLICT (phrase) DO UPDATE SET indicator = excluded.indicator`,
    ).run(phrase, indicator, new Date().toISOString());
    const { changes } = sql(
      db,
      `UPDATE facts SET indicator = ? WHERE metric = ? AND correction_id IS NULL
           AND (indicator IS NULL OR indicator IN (SELECT indicator FROM synonyms WHERE phrase = ?))`,
    ).run(indicator, phrase, phrase);
    return { facts: changes };
  });
}

/** Forgets a synonym; facts it mapped fall back to unmapped (the engine's own mapping is re-made on re-index). */
export function removeSynonym(db: Db, phrase: string): { facts: number } {
  return write(db, () => {
    const row = sql(db, 'SELECT indicator FROM synonyms WHERE phrase = ?').get(phrase) as
      { indicator: string } | undefined;
    if (!row) return { facts: 0 };
    sql(db, 'DELETE FROM synonyms WHERE phrase = ?').run(phrase);
    const { changes } = sql(
      db,
      'UPDATE facts SET indicator = NULL WHERE metric = ? AND indicator = ? AND correction_id IS NULL',
    ).run(phrase, row.indicator);
    return { facts: changes };
  });
}

/** Applies every user synonym to one document's unmapped facts. */
export function applySynonyms(db: Db, documentId: number): void {
  sql(
    db,
    `UPDATE facts SET indicator = (SELECT s.indicator FROM synonyms s WHERE s.phrase = facts.metric)
     WHERE document_id = ? AND indicator IS NULL AND metric IN (SELECT phrase FROM synonyms)`,
  ).run(documentId);
}
