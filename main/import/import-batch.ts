import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { CoreEvent, ImportOutcome, ImportReport, ImportSource } from '../../shared/api.ts';
import { ENGINE_VERSION, extract } from '../../shared/extract/index.ts';
import type { Db } from '../db/open-database.ts';
import { findDocumentByHash, insertDocument } from '../db/documents.ts';
import { collectItems, type ImportItem } from './collect-files.ts';
import { ImportError } from './decode-text.ts';
import { readDocument } from './read-document.ts';

export interface ImportOptions {
  maxBytes: number;
  emit: (event: CoreEvent) => void;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Imports every file of a batch, each on its own: one file's failure is reported with its reason
 * and never stops the others. Each document commits in its own transaction.
 */
export async function importBatch(
  db: Db,
  sources: readonly ImportSource[],
  options: ImportOptions,
): Promise<ImportReport> {
  const items = await collectItems(sources);
  const outcomes: ImportOutcome[] = [];
  let facts = 0;
  options.emit({
    type: 'import-progress',
    done: 0,
    total: items.length,
    current: items[0]?.name ?? null,
    facts,
  });
  for (const [n, item] of items.entries()) {
    const outcome = await importOne(db, item, options.maxBytes);
    if (outcome.status === 'imported') facts += outcome.factCount;
    outcomes.push(outcome);
    options.emit({
      type: 'import-progress',
      done: n + 1,
      total: items.length,
      current: items[n + 1]?.name ?? null,
      facts,
    });
    await new Promise((r) => setImmediate(r)); // let progress reach the shells between files
  }
  const count = (s: ImportOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const report = {
    outcomes,
    imported: count('imported'),
    duplicates: count('duplicate'),
    errors: count('error'),
  };
  if (report.imported) options.emit({ type: 'index-changed' });
  return report;
}

async function importOne(db: Db, item: ImportItem, maxBytes: number): Promise<ImportOutcome> {
  const name = item.name;
  try {
    if (item.kind === 'missing') throw new ImportError(item.error);
    const bytes = item.kind === 'bytes' ? item.bytes : await readLimited(item.path, maxBytes);
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const existing = findDocumentByHash(db, hash);
    if (existing !== null) return { name, status: 'duplicate', documentId: existing };
    const { text, encoding, format } = await readDocument(name, bytes);
    const extraction = extract(text);
    const documentId = insertDocument(db, {
      hash,
      name,
      path: item.kind === 'path' ? item.path : null,
      format,
      encoding,
      size: bytes.length,
      text,
      engineVersion: ENGINE_VERSION,
      extraction,
    });
    const { entity, year } = extraction.meta;
    return {
      name,
      status: 'imported',
      documentId,
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

function tooLarge(size: number, max: number): ImportError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new ImportError(`the file is too large (${mb(size)}; the limit is ${mb(max)})`);
}

function describe(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a folder';
  }
  return `could not be imported: ${error instanceof Error ? error.message : String(error)}`;
}
