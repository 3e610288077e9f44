import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { ImportOutcome } from '../../shared/api.ts';
import { ENGINE_VERSION, extract } from '../../shared/extract/index.ts';
import { findDocumentByHash, insertDocument, type NewDocument } from '../db/documents.ts';
import type { Db } from '../db/open-database.ts';
import type { ImportItem } from './collect-files.ts';
import { ImportError } from './decode-text.ts';
import { readDocument } from './read-document.ts';
import { noLock, type WithLock } from '../worker/write-lock.ts';

/**
 * Imports one file on its own: read, decode, extract, then commit it in one transaction (taken
 * under `lock` when several workers write).
 */
export async function importFile(
  db: Db,
  item: ImportItem,
  maxBytes: number,
  lock: WithLock = noLock,
): Promise<ImportOutcome> {
  const name = item.name;
  try {
    if (item.kind === 'missing') throw new ImportError(item.error);
    const bytes = item.kind === 'bytes' ? item.bytes : await readLimited(item.path, maxBytes);
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const existing = findDocumentByHash(db, hash);
    if (existing !== null) return { name, status: 'duplicate', documentId: existing };
    const { text, encoding, format } = await readDocument(name, bytes, item.encoding);
    const extraction = extract(text);
    const stored = lock(() =>
      insertOnce(db, hash, {
        name,
        path: item.kind === 'path' ? item.path : null,
        format,
        encoding,
        size: bytes.length,
        text,
        engineVersion: ENGINE_VERSION,
        extraction,
      }),
    );
    if (stored.duplicate) return { name, status: 'duplicate', documentId: stored.id };
    const { entity, year } = extraction.meta;
    return {
      name,
      status: 'imported',
      documentId: stored.id,
      entity,
      year,
      factCount: extraction.facts.length,
    };
  } catch (error) {
    return { name, status: 'error', error: describe(error) };
  }
}

async function readLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const { size } = await stat(path);
  if (size > maxBytes) throw tooLarge(size, maxBytes);
  return readFile(path);
}

const size = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;

function tooLarge(bytes: number, max: number): ImportError {
  return new ImportError(`the file is too large (${size(bytes)}; the limit is ${size(max)})`);
}

function describe(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `could not be imported: ${error instanceof Error ? error.message : String(error)}`;
}

/** Another worker may have stored the same content meanwhile: the hash's uniqueness decides. */
function insertOnce(
  db: Db,
  hash: string,
  doc: Omit<NewDocument, 'hash'>,
): { id: number; duplicate: boolean } {
  try {
    return { id: insertDocument(db, { ...doc, hash }), duplicate: false };
  } catch (error) {
    const existing =
      (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE'
        ? findDocumentByHash(db, hash)
        : null;
    if (existing === null) throw error;
    return { id: existing, duplicate: true };
  }
}
