import { ENGINE_VERSION, extract } from '../../shared/extract/index.ts';
import { replaceExtraction } from '../db/documents.ts';
import type { Db } from '../db/open-database.ts';
import type { ReindexOutcome } from '../worker/protocol.ts';
import { noLock, type WithLock } from '../worker/write-lock.ts';

/** Re-extracts one stored document with the current engine, keeping the user's edits. */
export function reindexDocument(db: Db, id: number, lock: WithLock = noLock): ReindexOutcome {
  const doc = db.prepare('SELECT name, text FROM documents WHERE id = ?').get(id) as
    { name: string; text: string } | undefined;
  if (!doc) return { name: `#${id}`, status: 'error', error: 'the document was removed' };
  try {
    const extraction = extract(doc.text);
    const result = lock(() => replaceExtraction(db, id, extraction, ENGINE_VERSION));
    return { name: doc.name, status: 'reindexed', ...result };
  } catch (error) {
    return {
      name: doc.name,
      status: 'error',
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
