import { ENGINE_VERSION, extract } from '../../shared/extract/index.ts';
import { replaceExtraction } from '../db/documents.ts';
import type { Db } from '../db/open-database.ts';
import type { ReindexOutcome } from '../worker/protocol.ts';

/** Re-extracts one stored document with the current engine, keeping the user's edits. */
export function reindexDocument(db: Db, id: number): ReindexOutcome {
  const doc = db.prepare('SELECT name, text FROM documents WHERE id = ?').get(id) as
    { name: string; text: string } | undefined;
  if (!doc) return { name: `#${id}`, status: 'error', error: 'the document was removed' };
  try {
    const result = replaceExtraction(db, id, extract(doc.text), ENGINE_VERSION);
    return { name: doc.name, status: 'reindexed', ...result };
  } catch (error) {
    return {
      name: doc.name,
      status: 'error',
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
